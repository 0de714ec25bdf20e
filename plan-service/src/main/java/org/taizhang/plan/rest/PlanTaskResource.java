package org.taizhang.plan.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.taizhang.plan.entity.PlanTask;
import org.taizhang.plan.service.PlanService;
import org.taizhang.plan.service.SectionTree;
import org.taizhang.plan.service.TaskService;
import org.taizhang.platform.security.Caller;

/** The tasks of a plan: read by anyone who may see the plan; edited by the office (amendments once published). */
@Path("/api/plans/{planId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "Tasks of a plan, in document order")
public class PlanTaskResource {

    private final PlanService plans;
    private final TaskService tasks;
    private final TaskRequests requests;
    private final Caller caller;

    public PlanTaskResource(PlanService plans, TaskService tasks, TaskRequests requests, Caller caller) {
        this.plans = plans;
        this.tasks = tasks;
        this.requests = requests;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "The plan's tasks in document order")
    @APIResponse(
            responseCode = "200",
            description = "Tasks with section path, parsed deadline and units",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = TaskView.class),
                            examples = @ExampleObject(name = "tasks", value = Examples.TASKS)))
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller")
    public List<TaskView> list(
            @Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
            @Parameter(description = "true to include withdrawn tasks; false by default") @QueryParam("withdrawn")
                    boolean withWithdrawn) {
        plans.get(planId, Access.seesDrafts(caller));
        SectionTree sections = SectionTree.load(planId);
        return tasks.tasks(planId, withWithdrawn).stream()
                .map(t -> TaskView.from(t, sections))
                .toList();
    }

    @GET
    @Path("/{taskId}")
    @PermitAll
    @Operation(summary = "One task")
    @APIResponse(
            responseCode = "200",
            description = "The task",
            content =
                    @Content(
                            schema = @Schema(implementation = TaskView.class),
                            examples = @ExampleObject(name = "task", value = Examples.TASK)))
    @APIResponse(responseCode = "404", description = "No such task visible to the caller")
    public TaskView get(
            @Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
            @Parameter(description = "The task's id") @PathParam("taskId") UUID taskId) {
        plans.get(planId, Access.seesDrafts(caller));
        return TaskView.from(tasks.task(planId, taskId), SectionTree.load(planId));
    }

    @POST
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Add a task", description = "On a published plan an amendment (TaskAmended), with a reason")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = TaskRequest.class),
                            examples = @ExampleObject(name = "task", value = Examples.TASK_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "The new task",
            content =
                    @Content(
                            schema = @Schema(implementation = TaskView.class),
                            examples = @ExampleObject(name = "task", value = Examples.TASK)))
    @APIResponse(responseCode = "409", description = "Plan closed, or published and no reason given")
    public Response add(
            @Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
            @Valid @NotNull TaskRequest request) {
        Plan plan = plans.get(planId, true);
        PlanTask task = tasks.add(planId, requests.toCommand(request, plan.year), request.reason(), caller.subject());
        return Response.created(URI.create("/api/plans/" + planId + "/tasks/" + task.id))
                .entity(TaskView.from(task, SectionTree.load(planId)))
                .build();
    }

    @PUT
    @Path("/{taskId}")
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Change a task", description = "On a published plan an amendment (TaskAmended), with a reason")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = TaskRequest.class),
                            examples = @ExampleObject(name = "task", value = Examples.TASK_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The changed task",
            content =
                    @Content(
                            schema = @Schema(implementation = TaskView.class),
                            examples = @ExampleObject(name = "task", value = Examples.TASK)))
    @APIResponse(responseCode = "409", description = "Plan closed, task withdrawn, or no reason given")
    public TaskView change(
            @Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
            @Parameter(description = "The task's id") @PathParam("taskId") UUID taskId,
            @Valid @NotNull TaskRequest request) {
        Plan plan = plans.get(planId, true);
        PlanTask task = tasks.change(
                planId, taskId, requests.toCommand(request, plan.year), request.reason(), caller.subject());
        return TaskView.from(task, SectionTree.load(planId));
    }

    @DELETE
    @Path("/{taskId}")
    @RolesAllowed(Caller.OFFICE)
    @Operation(
            summary = "Delete a draft's task, or withdraw a published plan's task",
            description = "Withdrawal needs ?reason= and cancels the task's assignments (TaskWithdrawn)")
    @APIResponse(responseCode = "204", description = "Deleted or withdrawn")
    @APIResponse(responseCode = "409", description = "Plan closed, or published and no reason given")
    public void remove(
            @Parameter(description = "The plan's id") @PathParam("planId") UUID planId,
            @Parameter(description = "The task's id") @PathParam("taskId") UUID taskId,
            @Parameter(description = "Why the task is withdrawn, required on a published plan") @QueryParam("reason")
                    String reason) {
        tasks.remove(planId, taskId, reason, caller.subject());
    }
}
