package org.taizhang.reminder.rest;

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
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.rest.PageView;
import org.taizhang.platform.rest.Paging;
import org.taizhang.platform.security.Caller;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.entity.ReminderStatus;
import org.taizhang.reminder.service.ReminderHistory;
import org.taizhang.reminder.service.ReminderQuery;
import org.taizhang.reminder.service.Slice;

/** The history of issued reminders (提醒与催办记录). */
@Path("/api/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders", description = "Issued reminders and the state of their deliveries")
public class ReminderResource {

    private final ReminderHistory history;
    private final Caller caller;

    public ReminderResource(ReminderHistory history, Caller caller) {
        this.history = history;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(
            summary = "List reminders",
            description = "Newest first. A unit's staff see their own unit's (as subject or recipient), a county system"
                    + " those of units in its region, the office and auditors all; asking for others' is a 403")
    @APIResponse(
            responseCode = "200",
            description = "A page of reminders",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = PageView.class,
                                            properties =
                                                    @SchemaProperty(
                                                            name = "items",
                                                            type = SchemaType.ARRAY,
                                                            implementation = ReminderView.class,
                                                            description = "The reminders of this page")),
                            examples = @ExampleObject(name = "page", value = Examples.REMINDER_PAGE)))
    @APIResponse(
            responseCode = "403",
            description = "The filter asks for another unit's or region's reminders",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    public PageView<ReminderView> list(
            @Parameter(description = "Only reminders about or to this" + " unit (directory id, e.g. 341800-fgw)")
                    @QueryParam("unitId")
                    String unitId,
            @Parameter(
                            description = "Only reminders about units of this" + " region: an administrative division"
                                    + " code, 6 digits (e.g. 341821), 9 or 12 for a town")
                    @QueryParam("regionCode")
                    String regionCode,
            @Parameter(description = "Only reminders about this assignment (its UUID)") @QueryParam("assignmentId")
                    String assignmentId,
            @Parameter(description = "Only reminders whose deliveries stand so") @QueryParam("status")
                    ReminderStatus status,
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
        ReminderQuery query = ReminderScope.restrict(
                new ReminderQuery(unitId, regionCode, assignmentId, status, page, size), caller, history);
        Slice<ReminderView> found = history.list(query).map(ReminderView::from);
        return new PageView<>(found.items(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(
            summary = "One reminder",
            description = "Seen by whoever sees it in the list: a unit's staff their own unit's (as subject or"
                    + " recipient), a county system those of units in its region, the office and auditors all")
    @APIResponse(
            responseCode = "200",
            description = "The reminder, with the state of its deliveries",
            content =
                    @Content(
                            schema = @Schema(implementation = ReminderView.class),
                            examples = @ExampleObject(name = "urged", value = Examples.URGED)))
    @APIResponse(
            responseCode = "403",
            description = "Another unit's or region's reminder",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "No such reminder",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = Examples.REMINDER_NOT_FOUND)))
    public ReminderView get(@Parameter(description = "The reminder's id (a UUID)") @PathParam("id") UUID id) {
        Reminder reminder = history.get(id);
        ReminderScope.requireReadable(reminder, caller);
        return ReminderView.from(reminder);
    }
}
