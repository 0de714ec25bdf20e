package org.taizhang.reminder.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.security.Caller;
import org.taizhang.reminder.service.PolicyService;

/** Reminder policies: the default and per-plan overrides; changing one reschedules the assignments it governs. */
@Path("/api/reminder-policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reminder policies", description = "When reminders go out and how overdue reminders escalate")
public class PolicyResource {

    private final PolicyService policies;
    private final Caller caller;
    private final Clock clock;

    public PolicyResource(PolicyService policies, Caller caller, Clock clock) {
        this.policies = policies;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR})
    @Operation(summary = "List policies", description = "The default first, then the plans' overrides")
    @APIResponse(
            responseCode = "200",
            description = "The policies",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PolicyView.class),
                            examples = @ExampleObject(name = "policies", value = "[" + Examples.POLICY + "]")))
    public List<PolicyView> list() {
        return policies.list().stream().map(PolicyView::from).toList();
    }

    @GET
    @Path("/default")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR})
    @Operation(summary = "The default policy", description = "builtIn is true until the office sets one")
    @APIResponse(
            responseCode = "200",
            description = "The default policy",
            content =
                    @Content(
                            schema = @Schema(implementation = PolicyView.class),
                            examples = @ExampleObject(name = "policy", value = Examples.POLICY)))
    public PolicyView defaultPolicy() {
        return PolicyView.from(policies.defaultPolicy());
    }

    @PUT
    @Path("/default")
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Set the default policy", description = "Reschedules every plan without an override")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PolicyRequest.class),
                            examples = @ExampleObject(name = "policy", value = Examples.POLICY_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The stored policy",
            content =
                    @Content(
                            schema = @Schema(implementation = PolicyView.class),
                            examples = @ExampleObject(name = "policy", value = Examples.POLICY)))
    @APIResponse(
            responseCode = "422",
            description = "The policy breaks its rules; every violation is listed",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid", value = Examples.POLICY_INVALID)))
    public PolicyView putDefault(@Valid @NotNull PolicyRequest request) {
        return PolicyView.from(policies.putDefault(request.toPolicy(), caller.subject(), clock.instant()));
    }

    @GET
    @Path("/plans/{planId}")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR})
    @Operation(summary = "A plan's override")
    @APIResponse(
            responseCode = "200",
            description = "The override",
            content =
                    @Content(
                            schema = @Schema(implementation = PolicyView.class),
                            examples = @ExampleObject(name = "policy", value = Examples.POLICY)))
    @APIResponse(responseCode = "404", description = "The plan follows the default")
    public PolicyView planPolicy(
            @Parameter(description = "The plan's id (its UUID, as in" + " plan-service), at most 64 characters")
                    @PathParam("planId")
                    @Size(max = 64)
                    String planId) {
        return PolicyView.from(policies.planPolicy(planId));
    }

    @PUT
    @Path("/plans/{planId}")
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Set a plan's override", description = "Reschedules the plan's assignments")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PolicyRequest.class),
                            examples = @ExampleObject(name = "policy", value = Examples.POLICY_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            schema = @Schema(implementation = PolicyView.class),
                            examples = @ExampleObject(name = "policy", value = Examples.POLICY)))
    @APIResponse(
            responseCode = "200",
            description = "Replaced",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(
            responseCode = "422",
            description = "The policy breaks its rules; every violation is listed",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "invalid", value = Examples.POLICY_INVALID)))
    public Response putPlan(
            @Parameter(description = "The plan's id (its UUID, as in" + " plan-service), at most 64 characters")
                    @PathParam("planId")
                    @Size(max = 64)
                    String planId,
            @Valid @NotNull PolicyRequest request) {
        PolicyService.Put put = policies.putPlan(planId, request.toPolicy(), caller.subject(), clock.instant());
        return Response.status(put.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(PolicyView.from(put.entry()))
                .build();
    }

    @DELETE
    @Path("/plans/{planId}")
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Remove a plan's override", description = "The plan follows the default again")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The plan had no override")
    public void deletePlan(
            @Parameter(description = "The plan's id (its UUID, as in" + " plan-service), at most 64 characters")
                    @PathParam("planId")
                    @Size(max = 64)
                    String planId) {
        policies.deletePlan(planId);
    }
}
