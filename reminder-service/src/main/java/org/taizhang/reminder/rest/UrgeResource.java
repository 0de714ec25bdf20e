package org.taizhang.reminder.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.security.Caller;
import org.taizhang.reminder.service.UrgeService;
import org.taizhang.reminder.service.Urged;

/** 催办 by hand: the office urges an overdue assignment and the reminder goes out at once. */
@Path("/api/reminders/urge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders", description = "Issued reminders and the state of their deliveries")
public class UrgeResource {

    private final UrgeService urges;
    private final Caller caller;
    private final Clock clock;

    public UrgeResource(UrgeService urges, Caller caller, Clock clock) {
        this.urges = urges;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Caller.OFFICE)
    @Operation(
            summary = "Urge an overdue assignment (催办)",
            description = "Issues an OVERDUE reminder now, addressed as the automatic one of the escalation step in"
                    + " force (the unit, the task's lead unit, or the office) and delivered to the same webhook and"
                    + " e-mail subscriptions, with who urged and the note. The automatic reminders keep their"
                    + " schedule. One urge per assignment per cool-down (taizhang.reminders.urge-cooldown, 1 hour)")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = UrgeRequest.class),
                            examples = @ExampleObject(name = "urge", value = Examples.URGE_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Urged: the reminder, its deliveries pending",
            headers = @Header(name = "Location", description = "The reminder: /api/reminders/{id}"),
            content =
                    @Content(
                            schema = @Schema(implementation = ReminderView.class),
                            examples = @ExampleObject(name = "urged", value = Examples.URGED)))
    @APIResponse(
            responseCode = "200",
            description = "The same requestId again from the same account: the first urge's reminder, delivered once",
            content =
                    @Content(
                            schema = @Schema(implementation = ReminderView.class),
                            examples = @ExampleObject(name = "urged before", value = Examples.URGED)))
    @APIResponse(
            responseCode = "400",
            description = "An unreadable body, assignmentId missing or not a UUID, a note over 500 characters or"
                    + " not plain text, a requestId out of its limits",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "note too long", value = Examples.URGE_INVALID)))
    @APIResponse(
            responseCode = "403",
            description = "Anyone but the office",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "forbidden", value = Examples.FORBIDDEN)))
    @APIResponse(
            responseCode = "404",
            description = "No such assignment (or not yet known to this service)",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = Examples.URGE_NOT_FOUND)))
    @APIResponse(
            responseCode = "409",
            description = "The requestId was already used by this account for another urge",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "requestId reused", value = Examples.REQUEST_ID_REUSED)))
    @APIResponse(
            responseCode = "422",
            description = "Not overdue: due today or later, no fixed due date, already completed, or cancelled;"
                    + " the detail says which",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not overdue", value = Examples.NOT_URGEABLE)))
    @APIResponse(
            responseCode = "429",
            description = "Urged within the cool-down; urgeableAt and Retry-After say when it may be urged again",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "Seconds until the assignment may be urged again",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            schema = @Schema(implementation = UrgeCooldownProblem.class),
                            examples = @ExampleObject(name = "too soon", value = Examples.URGE_COOLDOWN)))
    public Response urge(@Valid @NotNull UrgeRequest request) {
        Urged urged = urges.urge(request.toCommand(), caller.subject(), clock.instant());
        ReminderView view = ReminderView.from(urged.reminder());
        return urged.created()
                ? Response.created(URI.create("/api/reminders/" + view.id()))
                        .entity(view)
                        .build()
                : Response.ok(view).build();
    }
}
