package org.taizhang.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.assignment.service.AssignmentService;
import org.taizhang.assignment.service.ReportOutcome;
import org.taizhang.assignment.service.SingleReportQueue;
import org.taizhang.platform.security.Caller;

/** Progress reports on one assignment: a unit's clerk, a county system or the office reporting. */
@Path("/api/assignments/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Progress", description = "Progress reports (进展报送) on assignments")
public class ProgressResource {

    private final SingleReportQueue progress;
    private final AssignmentService reads;
    private final Caller caller;

    public ProgressResource(SingleReportQueue progress, AssignmentService reads, Caller caller) {
        this.progress = progress;
        this.reads = reads;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Caller.OFFICE, Caller.UNIT, Caller.INTEGRATION})
    @Operation(
            summary = "Report progress",
            description = "COMPLETED needs a summary and an evidence link; reopening a completed assignment needs the"
                    + " office. A retry with the same reportId and content answers 200 with the first report.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = ProgressRequest.class),
                            examples = @ExampleObject(name = "completed", value = ProgressExamples.REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Report recorded",
            content =
                    @Content(
                            schema = @Schema(implementation = ProgressReportView.class),
                            examples = @ExampleObject(name = "report", value = ProgressExamples.REPORT)))
    @APIResponse(
            responseCode = "200",
            description = "The same report was already recorded (a retry)",
            content = @Content(schema = @Schema(implementation = ProgressReportView.class)))
    @APIResponse(responseCode = "403", description = "Not the caller's unit or region")
    @APIResponse(responseCode = "404", description = "No such assignment")
    @APIResponse(responseCode = "409", description = "reportId reused for other content, or assignment closed")
    @APIResponse(responseCode = "413", description = "The body is larger than 12 MB, declared or sent chunked")
    @APIResponse(
            responseCode = "422",
            description = "Invalid field (control characters in text; reportedAt before the assignment, more than the"
                    + " backdating tolerance before receipt, or in the future) or status move")
    public Response report(
            @Parameter(description = "The assignment's id (UUID)") @PathParam("id") UUID id, ProgressRequest request) {
        ProgressRequest body =
                request == null ? new ProgressRequest(null, null, null, null, null, null, null) : request;
        ReportOutcome outcome = progress.report(id, body.toInput(), Reporters.of(caller));
        ProgressReportView view = ProgressReportView.from(outcome.report());
        if (outcome.outcome() == ReportOutcome.Outcome.DUPLICATE) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/api/assignments/" + id + "/progress/" + view.id()))
                .entity(view)
                .build();
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(summary = "Report history", description = "Every report on the assignment, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The reports",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = ProgressReportView.class),
                            examples = @ExampleObject(name = "history", value = "[" + ProgressExamples.REPORT + "]")))
    @APIResponse(responseCode = "403", description = "Not the caller's unit or region")
    @APIResponse(responseCode = "404", description = "No such assignment")
    public List<ProgressReportView> history(
            @Parameter(description = "The assignment's id (UUID)") @PathParam("id") UUID id) {
        AssignmentScope.requireReadable(reads.get(id), caller);
        return reads.reports(id).stream().map(ProgressReportView::from).toList();
    }

    @GET
    @Path("/{reportId}")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(summary = "One report", description = "By the server's report id, as in the Location of a new report")
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content =
                    @Content(
                            schema = @Schema(implementation = ProgressReportView.class),
                            examples = @ExampleObject(name = "report", value = ProgressExamples.REPORT)))
    @APIResponse(responseCode = "403", description = "Not the caller's unit or region")
    @APIResponse(responseCode = "404", description = "No such assignment or report")
    public ProgressReportView one(
            @Parameter(description = "The assignment's id (UUID)") @PathParam("id") UUID id,
            @Parameter(description = "The reporter's own id of the report, as sent") @PathParam("reportId")
                    UUID reportId) {
        AssignmentScope.requireReadable(reads.get(id), caller);
        return reads.reports(id).stream()
                .filter(r -> r.id.equals(reportId))
                .findFirst()
                .map(ProgressReportView::from)
                .orElseThrow(() -> new NotFoundException("Report " + reportId + " is not one of this assignment's"));
    }
}
