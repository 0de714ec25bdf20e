package org.taizhang.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
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
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.service.AssignmentOrder;
import org.taizhang.assignment.service.AssignmentPage;
import org.taizhang.assignment.service.AssignmentQuery;
import org.taizhang.assignment.service.AssignmentService;
import org.taizhang.assignment.service.AuditTrail;
import org.taizhang.assignment.service.UnitService;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.platform.rest.Paging;
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
                    + "\"light\":\"GREEN\",\"lastReportAt\":null}],\"page\":0,\"size\":50,\"total\":1,"
                    + "\"totalExact\":true,\"next\":null}";

    static final String ONE =
            "{\"id\":\"8c1e…\",\"taskNumber\":\"12\",\"unitId\":\"341821-gov\",\"status\":\"IN_PROGRESS\","
                    + "\"percent\":60,\"light\":\"GREEN\",\"lastReportAt\":\"2026-09-30T08:00:00Z\"}";
    static final String AUDIT = "[{\"at\":\"2026-09-30T08:00:01Z\",\"actor\":\"service-account-county-341821\","
            + "\"action\":\"PROGRESS_REPORTED\",\"before\":{\"status\":\"NOT_STARTED\"},"
            + "\"after\":{\"status\":\"IN_PROGRESS\",\"percent\":60}}]";

    private final AssignmentService assignments;
    private final AuditTrail audit;
    private final AssignmentConfig config;
    private final UnitService units;
    private final Caller caller;

    public AssignmentResource(
            AssignmentService assignments,
            AuditTrail audit,
            AssignmentConfig config,
            UnitService units,
            Caller caller) {
        this.assignments = assignments;
        this.audit = audit;
        this.config = config;
        this.units = units;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(
            summary = "List assignments",
            description = "A unit's staff see their unit's assignments, a county system those of units in its region,"
                    + " the office and auditors all; asking for others' is a 403. Paging: follow next with after"
                    + " (keyset, equally fast at any depth, stable while assignments are added); numbered pages"
                    + " (page, size) reach the first 10000 assignments of a list. total is exact up to 10000;"
                    + " beyond, it is 10000 with totalExact false.")
    @APIResponse(
            responseCode = "200",
            description = "A page of assignments with overdue flag and light",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = AssignmentPageView.class,
                                            properties =
                                                    @SchemaProperty(
                                                            name = "items",
                                                            type = SchemaType.ARRAY,
                                                            implementation = AssignmentView.class,
                                                            description = "The assignments of this page")),
                            examples = @ExampleObject(name = "page", value = PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "A malformed or foreign after cursor, after with a page number or another sort, a page"
                    + " beyond the first 10000 assignments, or a parameter of the wrong kind")
    @APIResponse(responseCode = "403", description = "The filter asks for another unit's or region's assignments")
    public AssignmentPageView list(
            @Parameter(description = "Only this plan's assignments (its UUID)") @QueryParam("planId") String planId,
            @Parameter(description = "Only this task's assignments (its UUID)") @QueryParam("taskId") String taskId,
            @Parameter(description = "Only this unit's assignments (directory id, e.g. 341800-fgw)")
                    @QueryParam("unitId")
                    String unitId,
            @Parameter(
                            description =
                                    "Only assignments of units inside this" + " region: an administrative division"
                                            + " code, 6 digits (e.g. 341821), 9 or 12 for a town")
                    @QueryParam("regionCode")
                    String regionCode,
            @Parameter(description = "Only assignments in this status") @QueryParam("status") AssignmentStatus status,
            @Parameter(
                            description = "true for overdue assignments only, false"
                                    + " for those not overdue; both when left out")
                    @QueryParam("overdue")
                    Boolean overdue,
            @Parameter(
                            description = "The page number, from 0; page × size + size at most 10000 (further pages"
                                    + " through after)")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(Paging.MAX_PAGE)
                    int page,
            @Parameter(description = "Assignments per page, 1–500; 50 by default")
                    @QueryParam("size")
                    @DefaultValue("50")
                    @Min(1)
                    @Max(Paging.MAX_SIZE)
                    int size,
            @Parameter(
                            description = "PLAN (by plan, task number and unit; the default) or DUE (earliest due"
                                    + " date first, assignments without a date last)")
                    @QueryParam("sort")
                    AssignmentOrder sort,
            @Parameter(
                            description = "The next cursor of the previous page, to continue the list after it (with"
                                    + " the same filters and sort, without page); opaque, at most 2048 characters")
                    @QueryParam("after")
                    String after) {
        AssignmentQuery query = AssignmentScope.restrict(
                new AssignmentQuery(planId, taskId, unitId, regionCode, status, overdue, page, size, sort, after),
                caller,
                units::regionOf);
        AssignmentPage found = assignments.list(query);
        LocalDate today = assignments.today();
        return new AssignmentPageView(
                found.assignments().stream()
                        .map(a -> AssignmentView.from(a, today, config.lightRules()))
                        .toList(),
                found.page(),
                found.size(),
                found.total(),
                found.totalExact(),
                found.next());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(summary = "One assignment")
    @APIResponse(
            responseCode = "200",
            description = "The assignment",
            content =
                    @Content(
                            schema = @Schema(implementation = AssignmentView.class),
                            examples = @ExampleObject(name = "assignment", value = ONE)))
    @APIResponse(responseCode = "403", description = "Not the caller's unit or region")
    @APIResponse(responseCode = "404", description = "No such assignment")
    public AssignmentView get(@Parameter(description = "The assignment's id (UUID)") @PathParam("id") UUID id) {
        Assignment assignment = assignments.get(id);
        AssignmentScope.requireReadable(assignment, caller);
        return AssignmentView.from(assignment, assignments.today(), config.lightRules());
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(
            summary = "Audit trail",
            description = "Every change of the assignment, oldest first: who, when, the state before and after")
    @APIResponse(
            responseCode = "200",
            description = "The changes",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntryView.class),
                            examples = @ExampleObject(name = "trail", value = AUDIT)))
    @APIResponse(responseCode = "403", description = "Not the caller's unit or region")
    @APIResponse(responseCode = "404", description = "No such assignment")
    public List<AuditEntryView> audit(@Parameter(description = "The assignment's id (UUID)") @PathParam("id") UUID id) {
        AssignmentScope.requireReadable(assignments.get(id), caller);
        return audit.of(id).stream().map(AuditEntryView::from).toList();
    }
}
