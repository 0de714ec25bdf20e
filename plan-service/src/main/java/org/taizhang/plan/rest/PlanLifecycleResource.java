package org.taizhang.plan.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.service.DerivationService;
import org.taizhang.plan.service.PlanService;
import org.taizhang.plan.service.PublicationService;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.security.Caller;

/** A plan's life after drafting: publish, close, derive a county plan; its amendments. */
@Path("/api/plans/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanLifecycleResource {

    private final PlanService plans;
    private final PublicationService publication;
    private final DerivationService derivation;
    private final TaskRequests requests;
    private final Caller caller;

    public PlanLifecycleResource(
            PlanService plans,
            PublicationService publication,
            DerivationService derivation,
            TaskRequests requests,
            Caller caller) {
        this.plans = plans;
        this.publication = publication;
        this.derivation = derivation;
        this.requests = requests;
        this.caller = caller;
    }

    @POST
    @Path("/publish")
    @RolesAllowed(Caller.OFFICE)
    @Operation(
            summary = "Publish a draft",
            description = "Every task needs a unit and an understood deadline, unless the request supplies deadlines."
                    + " Publication announces the plan with all its tasks (PlanPublished).")
    @RequestBody(
            required = false,
            content =
                    @Content(
                            schema = @Schema(implementation = PublishRequest.class),
                            examples = @ExampleObject(name = "deadlines", value = Examples.PUBLISH_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The published plan",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(
            responseCode = "422",
            description = "Tasks without units or deadlines, each listed",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "rejected", value = Examples.PUBLISH_REJECTED)))
    @APIResponse(responseCode = "409", description = "Not a draft")
    public PlanView publish(
            @Parameter(description = "The plan's id") @PathParam("id") UUID id, @Valid PublishRequest request) {
        int year = plans.get(id, true).year;
        Plan plan = publication.publish(id, requests.toOptions(request, year), caller.subject());
        return PlanView.from(plan, plans.taskCount(id));
    }

    @POST
    @Path("/close")
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Close a published plan at year end (PlanClosed)")
    @APIResponse(
            responseCode = "200",
            description = "The closed plan",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(responseCode = "409", description = "Not published")
    public PlanView close(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        return PlanView.from(publication.close(id, caller.subject()), plans.taskCount(id));
    }

    @POST
    @Path("/derive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.OFFICE)
    @Operation(
            summary = "Derive a county's draft plan",
            description = "Takes the tasks whose units reach the target region (e.g. 各县（市、区）政府), each linked to"
                    + " its source task; the county's own departments (县直各单位) take over the group.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = DeriveRequest.class),
                            examples = @ExampleObject(name = "county", value = Examples.DERIVE_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "The derived draft",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(responseCode = "409", description = "The source plan is a draft")
    @APIResponse(responseCode = "422", description = "No task reaches the region")
    public Response derive(
            @Parameter(description = "The plan's id") @PathParam("id") UUID id, @Valid @NotNull DeriveRequest request) {
        Plan child = derivation.derive(id, request.target(), request.title(), caller.subject());
        return Response.created(URI.create("/api/plans/" + child.id))
                .entity(PlanView.from(child, plans.taskCount(child.id)))
                .build();
    }

    @GET
    @Path("/amendments")
    @PermitAll
    @Operation(summary = "Amendments of a published plan, oldest first")
    @APIResponse(
            responseCode = "200",
            description =
                    "Which task changed, when and why; who changed it (amendedBy) only for the office and auditors",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AmendmentView.class),
                            examples = @ExampleObject(name = "amendments", value = Examples.AMENDMENTS)))
    public List<AmendmentView> amendments(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        plans.get(id, Access.seesDrafts(caller));
        boolean seesPeople = Access.seesPeople(caller);
        return plans.amendments(id).stream()
                .map(AmendmentView::from)
                .map(a -> seesPeople ? a : a.withoutPeople())
                .toList();
    }
}
