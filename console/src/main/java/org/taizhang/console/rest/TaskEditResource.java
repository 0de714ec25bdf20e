package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.Plan;
import org.taizhang.console.api.PlanApi;
import org.taizhang.console.api.Task;
import org.taizhang.console.view.BadInputException;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Problems;
import org.taizhang.console.view.TaskForm;

/** The office fixes one task of a draft (or amends one of a published plan, with a reason). */
@Path("/plans/{id}/tasks/{taskId}/edit")
public class TaskEditResource {

    private final PlanApi plans;

    public TaskEditResource(@RestClient PlanApi plans) {
        this.plans = plans;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Plan plan, Task task, TaskForm form, List<String> errors);
    }

    @GET
    public TemplateInstance edit(@PathParam("id") String id, @PathParam("taskId") String taskId) {
        UUID planId = Inputs.id("方案编号", id);
        Task task = plans.task(planId, Inputs.id("任务编号", taskId));
        return Templates.edit(plans.plan(planId), task, TaskForm.of(task), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, @PathParam("taskId") String taskId, @BeanParam TaskFields fields) {
        UUID planId = Inputs.id("方案编号", id);
        UUID task = Inputs.id("任务编号", taskId);
        Plan plan = plans.plan(planId);
        TaskForm form = fields.form();
        try {
            plans.changeTask(planId, task, form.toChange(plan.published()));
            return Response.seeOther(URI.create("/plans/" + planId + "?notice=task-saved#task-" + task))
                    .build();
        } catch (BadInputException refused) {
            return again(400, plan, plans.task(planId, task), form, List.of(refused.getMessage()));
        } catch (WebApplicationException refusal) {
            if (!Refusals.aboutTheForm(refusal)) {
                throw refusal;
            }
            int status = refusal.getResponse().getStatus();
            return again(status, plan, plans.task(planId, task), form, Problems.messages(refusal));
        }
    }

    private static Response again(int status, Plan plan, Task task, TaskForm form, List<String> errors) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.edit(plan, task, form, errors))
                .build();
    }
}
