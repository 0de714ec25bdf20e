package org.taizhang.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.assignment.service.BatchLog;
import org.taizhang.assignment.service.BatchPage;
import org.taizhang.assignment.service.BatchQuery;
import org.taizhang.platform.rest.PageView;
import org.taizhang.platform.rest.Paging;
import org.taizhang.platform.security.Caller;

/** The batch log: the batches pushed to POST /api/progress/batch and what became of each report. */
@Path("/api/progress/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
public class ProgressBatchLogResource {

    private final BatchLog log;
    private final Caller caller;

    public ProgressBatchLogResource(BatchLog log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(
            summary = "List pushed batches",
            description = "Newest first, with each batch's counts. A county system sees the batches it pushed itself,"
                    + " a unit's staff those pushed by staff of their unit, the office and auditors all; asking for"
                    + " another pusher's batches is a 403")
    @APIResponse(
            responseCode = "200",
            description = "A page of batches, without their reports' outcomes (GET one batch for those)",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = PageView.class,
                                            properties =
                                                    @SchemaProperty(
                                                            name = "items",
                                                            type = SchemaType.ARRAY,
                                                            implementation = ProgressBatchView.class,
                                                            description = "The batches of this page")),
                            examples = @ExampleObject(name = "page", value = ProgressExamples.BATCH_LOG_PAGE)))
    @APIResponse(responseCode = "400", description = "since is not a UTC instant, or reporter is too long")
    @APIResponse(responseCode = "403", description = "A county system asks for another pusher's batches")
    public PageView<ProgressBatchView> list(
            @Parameter(
                            description = "Only batches received at or after this UTC instant (ISO-8601, e.g."
                                    + " 2026-09-30T00:00:00Z), between 2000 and 9999",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("since")
                    @Size(max = ReceivedSince.MAX_LENGTH)
                    String since,
            @Parameter(
                            description = "Only batches pushed by this token subject (e.g."
                                    + " service-account-county-341821), at most 200 characters; a county system may"
                                    + " name only itself")
                    @QueryParam("reporter")
                    @Size(max = 200)
                    String reporter,
            @Parameter(description = "The page number, from 0 (at most 4294967)")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(Paging.MAX_PAGE)
                    int page,
            @Parameter(description = "Batches per page, 1–500; 20 by default")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(Paging.MAX_SIZE)
                    int size) {
        String pusher = reporter == null || reporter.isBlank() ? null : reporter.strip();
        BatchQuery query =
                BatchScope.restrict(new BatchQuery(pusher, null, ReceivedSince.parse(since), page, size), caller);
        BatchPage found = log.list(query);
        return new PageView<>(
                found.batches().stream().map(ProgressBatchView::summary).toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(
            summary = "One pushed batch",
            description = "The batch with every report's outcome in the order sent, as its answer gave them, and the"
                    + " reference each report named its assignment by")
    @APIResponse(
            responseCode = "200",
            description = "The batch",
            content =
                    @Content(
                            schema = @Schema(implementation = ProgressBatchView.class),
                            examples = @ExampleObject(name = "batch", value = ProgressExamples.BATCH_LOG)))
    @APIResponse(responseCode = "404", description = "No such batch, or not one the caller may see")
    public ProgressBatchView get(@Parameter(description = "The batch's id (UUID)") @PathParam("id") UUID id) {
        return ProgressBatchView.detail(log.get(id, BatchScope.of(caller)));
    }
}
