package org.taizhang.plan.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.entity.PlanStatus;
import org.taizhang.plan.service.PlanPage;
import org.taizhang.plan.service.PlanQuery;
import org.taizhang.plan.service.PlanService;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.rest.PageView;
import org.taizhang.platform.rest.Paging;
import org.taizhang.platform.security.Caller;

/** Plans: list, read, and (the office) create, edit and delete drafts. */
@Path("/api/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Key-task division plans (重点工作任务分工)")
public class PlanResource {

    private final PlanService plans;
    private final Caller caller;

    public PlanResource(PlanService plans, Caller caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "List plans", description = "Anonymous callers and units see published and closed plans only")
    @APIResponse(
            responseCode = "200",
            description = "A page of plans, newest year first",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = PageView.class,
                                            properties =
                                                    @SchemaProperty(
                                                            name = "items",
                                                            type = SchemaType.ARRAY,
                                                            implementation = PlanView.class,
                                                            description = "The plans of this page")),
                            examples = @ExampleObject(name = "page", value = Examples.PLAN_PAGE)))
    public PageView<PlanView> list(
            @Parameter(description = "Only plans of this year, 2000–2100") @QueryParam("year") Integer year,
            @Parameter(
                            description = "Only plans of this region: an"
                                    + " administrative division code, 2–12 digits, e.g. 341800")
                    @QueryParam("regionCode")
                    String regionCode,
            @Parameter(description = "Only plans in this status (drafts" + " only for the office and auditors)")
                    @QueryParam("status")
                    PlanStatus status,
            @Parameter(
                            description =
                                    "Text the plan title, or one of its tasks' text or requirement, contains (any case)")
                    @QueryParam("q")
                    String text,
            @Parameter(description = "The page number, from 0 (at most 4294967)")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(Paging.MAX_PAGE)
                    int page,
            @Parameter(description = "Plans per page, 1–200; 20 by default")
                    @QueryParam("size")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(200)
                    int size) {
        PlanPage found =
                plans.list(new PlanQuery(year, regionCode, status, text, page, size), Access.seesDrafts(caller));
        return new PageView<>(
                found.plans().stream()
                        .map(p -> forCaller(PlanView.from(p, found.taskCounts().getOrDefault(p.id, 0L))))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(
            summary = "Read a plan",
            description = "createdBy and updatedBy (account ids of the office staff) only for the office and auditors")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(
            responseCode = "404",
            description = "No such plan visible to the caller",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public PlanView get(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        return forCaller(view(plans.get(id, Access.seesDrafts(caller))));
    }

    @POST
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Create an empty draft plan")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PlanRequest.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "The draft",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(responseCode = "400", description = "Invalid header fields")
    public Response create(@Valid @NotNull PlanRequest request) {
        Plan plan = plans.create(request.toDetails(), caller.subject());
        return Response.created(URI.create("/api/plans/" + plan.id))
                .entity(view(plan))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Edit a draft plan's header")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = PlanRequest.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The edited draft",
            content =
                    @Content(
                            schema = @Schema(implementation = PlanView.class),
                            examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(
            responseCode = "409",
            description = "The plan is no longer a draft",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "conflict", value = Examples.CONFLICT)))
    public PlanView update(
            @Parameter(description = "The plan's id") @PathParam("id") UUID id, @Valid @NotNull PlanRequest request) {
        return view(plans.update(id, request.toDetails(), caller.subject()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Delete a draft plan")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "The plan is no longer a draft",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "conflict", value = Examples.CONFLICT)))
    public void delete(@Parameter(description = "The plan's id") @PathParam("id") UUID id) {
        plans.delete(id);
    }

    private PlanView view(Plan plan) {
        return PlanView.from(plan, plans.taskCount(plan.id));
    }

    private PlanView forCaller(PlanView view) {
        return Access.seesPeople(caller) ? view : view.withoutPeople();
    }
}
