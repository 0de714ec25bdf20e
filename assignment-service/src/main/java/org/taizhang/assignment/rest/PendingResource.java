package org.taizhang.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.entity.PendingItem;
import org.taizhang.assignment.service.AssignmentService;
import org.taizhang.assignment.service.PendingService;
import org.taizhang.platform.rest.PageView;
import org.taizhang.platform.rest.Paging;
import org.taizhang.platform.security.Caller;

/** Unit mentions waiting for the office: 有关 groups, unknown and ambiguous names. */
@Path("/api/pending")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pending", description = "Mentions the directory could not settle (待确认)")
public class PendingResource {

    static final String ITEM = "{\"id\":\"2b7e…\",\"planId\":\"6f1c…\",\"taskId\":\"0b6a…\",\"taskNumber\":\"5\","
            + "\"taskTitle\":\"及时公开建设高标准市场体系行动方案的落实举措\",\"mention\":\"市直有关部门\",\"role\":\"RESPONSIBLE\","
            + "\"reason\":\"AMBIGUOUS_GROUP\",\"candidateUnitIds\":[],\"status\":\"OPEN\",\"createdAt\":\"2026-03-02T01:00:00Z\","
            + "\"resolvedUnitIds\":[]}";

    private final PendingService pending;
    private final AssignmentService assignments;
    private final AssignmentConfig config;
    private final Caller caller;

    public PendingResource(
            PendingService pending, AssignmentService assignments, AssignmentConfig config, Caller caller) {
        this.pending = pending;
        this.assignments = assignments;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR})
    @Operation(summary = "List pending items", description = "Open items first need the office's choice of units")
    @APIResponse(
            responseCode = "200",
            description = "A page of items",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = PageView.class,
                                            properties =
                                                    @SchemaProperty(
                                                            name = "items",
                                                            type = SchemaType.ARRAY,
                                                            implementation = PendingItemView.class,
                                                            description = "The pending items of this page")),
                            examples = @ExampleObject(name = "page", value = "{\"items\":[" + ITEM + "]}")))
    public PageView<PendingItemView> list(
            @Parameter(description = "Only this plan's items (its UUID)") @QueryParam("planId") String planId,
            @Parameter(description = "Only items in this status") @QueryParam("status") PendingItem.Status status,
            @Parameter(description = "The page number, from 0 (at most 4294967)")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(Paging.MAX_PAGE)
                    int page,
            @Parameter(description = "Items per page, 1–500; 50 by default")
                    @QueryParam("size")
                    @DefaultValue("50")
                    @Min(1)
                    @Max(Paging.MAX_SIZE)
                    int size) {
        PendingService.PendingPage found = pending.list(planId, status, page, size);
        return new PageView<>(
                found.items().stream()
                        .map(i -> PendingItemView.from(i, found.tasks().get(i.taskId)))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed(Caller.OFFICE)
    @Operation(
            summary = "Resolve an item",
            description = "Assigns the task to the chosen units with the mention's role; rememberAlias adds the"
                    + " mention as an alias of the single chosen unit so later plans resolve it")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PendingRequests.Resolve.class),
                            examples =
                                    @ExampleObject(
                                            name = "choose",
                                            value = "{\"unitIds\":[\"341800-fgw\",\"341800-czj\"],"
                                                    + "\"rememberAlias\":false}")))
    @APIResponse(
            responseCode = "200",
            description = "The assignments created",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AssignmentView.class),
                            examples = @ExampleObject(name = "created", value = "[" + AssignmentResource.ONE + "]")))
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Item already settled, task withdrawn or plan closed")
    @APIResponse(responseCode = "422", description = "No units chosen or a unit not in the directory")
    public List<AssignmentView> resolve(
            @Parameter(description = "The pending item's id (UUID)") @PathParam("id") UUID id,
            PendingRequests.Resolve request) {
        PendingRequests.Resolve body = request == null ? new PendingRequests.Resolve(List.of(), false) : request;
        return pending.resolve(id, body.unitIds(), body.rememberAlias(), caller.subject()).stream()
                .map(a -> AssignmentView.from(a, assignments.today(), config.lightRules()))
                .toList();
    }

    @POST
    @Path("/{id}/dismiss")
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Dismiss an item", description = "The mention needs no assignment; the note says why")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PendingRequests.Dismiss.class),
                            examples = @ExampleObject(name = "dismiss", value = "{\"note\":\"省级单位，不在本市名录\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The item, dismissed",
            content =
                    @Content(
                            schema = @Schema(implementation = PendingItemView.class),
                            examples = @ExampleObject(name = "item", value = ITEM)))
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "Item already settled")
    public PendingItemView dismiss(
            @Parameter(description = "The pending item's id (UUID)") @PathParam("id") UUID id,
            PendingRequests.Dismiss request) {
        PendingItem item = pending.dismiss(id, request == null ? null : request.note(), caller.subject());
        return PendingItemView.from(item, null);
    }
}
