package org.taizhang.reporting.rest;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.rest.PageView;
import org.taizhang.platform.security.Caller;
import org.taizhang.reporting.compute.PlanSummary;
import org.taizhang.reporting.compute.TaskDetail;
import org.taizhang.reporting.service.PlanListItem;
import org.taizhang.reporting.service.PlanReportService;
import org.taizhang.reporting.service.RollupView;

/** Plan-level figures of published plans, with lights: readable by every signed-in role. */
@Path("/api/reports/plans")
@RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plan reports", description = "Completion of published plans by section, task, unit and county")
public class PlanReportResource {

    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String PROBLEM = "application/problem+json";

    private final PlanReportService reports;
    private final Caller caller;

    public PlanReportResource(PlanReportService reports, Caller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Published plans with their headline figures and worst light, newest year first")
    @APIResponse(
            responseCode = "200",
            description = "A page of plans",
            content =
                    @Content(
                            mediaType = JSON,
                            schema =
                                    @Schema(
                                            implementation = PageView.class,
                                            properties =
                                                    @SchemaProperty(
                                                            name = "items",
                                                            type = SchemaType.ARRAY,
                                                            implementation = PlanListItem.class,
                                                            description = "The plans of this page")),
                            examples = @ExampleObject(name = "plans", value = ReportExamples.PLANS)))
    @APIResponse(
            responseCode = "400",
            description = "A year, region code, page or size that is not valid",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "bad", value = ReportExamples.BAD_FORMAT)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public PageView<PlanListItem> plans(
            @Parameter(description = "The plan year, 2000–2100; all years when left out") @QueryParam("year")
                    String year,
            @Parameter(
                            description = "Only plans of this region: a 6-digit"
                                    + " administrative division code, e.g. 341800")
                    @QueryParam("regionCode")
                    String regionCode,
            @Parameter(description = "The page number, from 0 (at most 4294967)") @QueryParam("page") String page,
            @Parameter(description = "Plans per page, 1–200; 50 by default") @QueryParam("size") String size) {
        ReportAccess.requirePlanReader(caller);
        return reports.plans(Params.year(year), Params.region(regionCode), Params.page(page), Params.size(size, 200));
    }

    @GET
    @Path("/{id}/summary")
    @Operation(
            summary = "A plan's summary",
            description = "Task and assignment figures, tasks by 落实情况 and by light, assignments by status, and the"
                    + " same per top-level section.")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content =
                    @Content(
                            mediaType = JSON,
                            schema = @Schema(implementation = PlanSummary.class),
                            examples = @ExampleObject(name = "summary", value = ReportExamples.SUMMARY)))
    @APIResponse(
            responseCode = "404",
            description = "No such published plan",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown", value = ReportExamples.NOT_FOUND)))
    public PlanSummary summary(
            @Parameter(description = "The published plan's id (UUID, as in plan-service)") @PathParam("id") String id) {
        ReportAccess.requirePlanReader(caller);
        return reports.summary(id);
    }

    @GET
    @Path("/{id}/tasks/{taskId}")
    @Operation(
            summary = "A task with each unit's status and latest report",
            description = "Unit staff see their own unit's row and county systems their region's; the task's own"
                    + " figures count every unit.")
    @APIResponse(
            responseCode = "200",
            description = "The task",
            content =
                    @Content(
                            mediaType = JSON,
                            schema = @Schema(implementation = TaskDetail.class),
                            examples = @ExampleObject(name = "task", value = ReportExamples.TASK)))
    @APIResponse(
            responseCode = "403",
            description = "A unit or region with no share in the task",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "forbidden", value = ReportExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such plan or task")
    public TaskDetail task(
            @Parameter(description = "The published plan's id (UUID, as in plan-service)") @PathParam("id") String id,
            @Parameter(description = "The task's id (UUID, as in plan-service)") @PathParam("taskId") String taskId) {
        ReportAccess.requirePlanReader(caller);
        TaskDetail detail = reports.task(id, taskId, ReportAccess.visibleUnits(caller));
        if (detail.units().isEmpty() && !ReportAccess.readsAll(caller)) {
            throw new ForbiddenException("The caller has no share in task " + taskId);
        }
        return detail;
    }

    @GET
    @Path("/{id}/rollup")
    @Operation(
            summary = "The plan rolled up across its counties' derived plans",
            description = "Each county's figures and light, and per city task how far every county has carried it.")
    @APIResponse(
            responseCode = "200",
            description = "The roll-up",
            content =
                    @Content(
                            mediaType = JSON,
                            schema = @Schema(implementation = RollupView.class),
                            examples = @ExampleObject(name = "rollup", value = ReportExamples.ROLLUP)))
    @APIResponse(responseCode = "404", description = "No such published plan")
    public RollupView rollup(
            @Parameter(description = "The published plan's id (UUID, as in plan-service)") @PathParam("id") String id) {
        ReportAccess.requirePlanReader(caller);
        return reports.rollup(id);
    }
}
