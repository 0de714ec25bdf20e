package org.taizhang.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.plan.service.DiagnosticService;
import org.taizhang.plan.service.PlanService;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.security.Caller;

/** What the office should check in a plan: the import's diagnostics, kept in step with a draft's edits. */
@Path("/api/plans/{id}/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanDiagnosticsResource {

    private final PlanService plans;
    private final DiagnosticService diagnostics;
    private final Caller caller;

    public PlanDiagnosticsResource(PlanService plans, DiagnosticService diagnostics, Caller caller) {
        this.plans = plans;
        this.diagnostics = diagnostics;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR})
    @Operation(
            summary = "What the import could not fully understand",
            description = "Document-level diagnostics first, then each task's in task order. Editing or adding a"
                    + " draft's task replaces that task's diagnostics with what its new deadline and units still leave"
                    + " unclear; publishing does so for every task.")
    @APIResponse(
            responseCode = "200",
            description = "Diagnostics per task and for the document",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = DiagnosticView.class),
                            examples = @ExampleObject(name = "diagnostics", value = Examples.DIAGNOSTICS)))
    @APIResponse(
            responseCode = "404",
            description = "No such plan",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public List<DiagnosticView> list(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        plans.get(id, true);
        return diagnostics.diagnostics(id).stream().map(DiagnosticView::from).toList();
    }

    @POST
    @Path("/recheck")
    @RolesAllowed(Caller.OFFICE)
    @Operation(
            summary = "Check a draft's tasks again",
            description = "Recomputes the deadline and unit diagnostics (UNPARSED_DEADLINE, MISSING_UNITS,"
                    + " AMBIGUOUS_UNITS, UNRECOGNISED_UNIT) of every task from its current fields; layout"
                    + " diagnostics stay until the task is edited, document-level ones stay. No request body.")
    @APIResponse(
            responseCode = "200",
            description = "All the plan's diagnostics after the check, as GET …/diagnostics lists them",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = DiagnosticView.class),
                            examples = @ExampleObject(name = "rechecked", value = Examples.RECHECKED)))
    @APIResponse(
            responseCode = "404",
            description = "No such plan",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "The plan is no longer a draft: its diagnostics stay as they were at publication",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "published", value = Examples.RECHECK_CONFLICT)))
    public List<DiagnosticView> recheck(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        return diagnostics.recheck(id, caller.subject()).stream()
                .map(DiagnosticView::from)
                .toList();
    }
}
