package org.taizhang.assignment.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.service.AssignmentPage;
import org.taizhang.assignment.service.AssignmentQuery;
import org.taizhang.assignment.service.AssignmentService;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.platform.rest.PageView;
import org.taizhang.platform.security.Caller;

/** Assignments: each unit's part in each task of the published plans. */
@Path("/api/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "One assignment per task and unit of a published plan")
public class AssignmentResource {

    static final String PAGE =
            "{\"items\":[{\"id\":\"8c1e…\",\"planId\":\"6f1c…\",\"taskId\":\"0b6a…\",\"taskNumber\":\"12\","
                    + "\"taskTitle\":\"做好政策解读发布工作\",\"unitId\":\"341821-gov\",\"unitName\":\"郎溪县人民政府\","
                    + "\"regionCode\":\"341821\",\"role\":\"RESPONSIBLE\",\"deadline\":{\"raw\":\"年底前\",\"kind\":\"FIXED\","
                    + "\"dueDate\":\"2026-12-31\",\"cadence\":null},\"status\":\"NOT_STARTED\",\"overdue\":false,"
                    + "\"light\":\"GREEN\",\"lastReportAt\":null}],\"page\":0,\"size\":50,\"total\":1}";

    private final AssignmentService assignments;
    private final AssignmentConfig config;
    private final Caller caller;

    public AssignmentResource(AssignmentService assignments, AssignmentConfig config, Caller caller) {
        this.assignments = assignments;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(
            summary = "List assignments",
            description = "A unit's staff see their unit's assignments, a county system those of units in its region,"
                    + " the office and auditors all; asking for others' is a 403")
    @APIResponse(
            responseCode = "200",
            description = "A page of assignments with overdue flag and light",
            content = @Content(examples = @ExampleObject(name = "page", value = PAGE)))
    @APIResponse(responseCode = "403", description = "The filter asks for another unit's or region's assignments")
    public PageView<AssignmentView> list(
            @QueryParam("planId") String planId,
            @QueryParam("taskId") String taskId,
            @QueryParam("unitId") String unitId,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("status") AssignmentStatus status,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        AssignmentQuery query = AssignmentScope.restrict(
                new AssignmentQuery(planId, taskId, unitId, regionCode, status, overdue, page, size), caller);
        AssignmentPage found = assignments.list(query);
        LocalDate today = assignments.today();
        return new PageView<>(
                found.assignments().stream()
                        .map(a -> AssignmentView.from(a, today, config.warningDays()))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }
}
