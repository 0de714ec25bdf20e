package org.taizhang.console.rest;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.Plan;
import org.taizhang.console.api.PlanApi;
import org.taizhang.console.api.ReminderSettingsApi;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.PolicyForm;

/** A plan's own reminder policy: set from the default, changed, or dropped so the plan follows the default again. */
@Path("/plans/{id}/reminder-policy")
public class PlanPolicyResource {

    private final ReminderSettingsApi reminders;
    private final PlanApi plans;

    public PlanPolicyResource(@RestClient ReminderSettingsApi reminders, @RestClient PlanApi plans) {
        this.reminders = reminders;
        this.plans = plans;
    }

    @GET
    public TemplateInstance planPolicy(@PathParam("id") String id, @QueryParam("notice") String notice) {
        ShownPolicy shown = shown(Inputs.id("方案编号", id));
        return ReminderPolicyResource.Templates.policy(
                shown, PolicyForm.of(shown.current()), PolicyForm.CADENCES, List.of(), Notices.text(notice), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePlanPolicy(@PathParam("id") String id, @BeanParam PolicyFields fields) {
        UUID planId = Inputs.id("方案编号", id);
        PolicyForm form = fields.form();
        return FormPosts.submit(
                () -> {
                    reminders.setPlanPolicy(planId.toString(), form.toSettings());
                    return "/plans/" + planId + "/reminder-policy?notice=saved";
                },
                PolicyForm.FIELDS,
                errors -> ReminderPolicyResource.Templates.policy(
                        shown(planId), form, PolicyForm.CADENCES, List.of(), null, errors));
    }

    @POST
    @Path("/reset")
    public Response resetPlanPolicy(@PathParam("id") String id) {
        UUID planId = Inputs.id("方案编号", id);
        reminders.removePlanPolicy(planId.toString());
        return FormPosts.seeOther("/plans/" + planId + "/reminder-policy?notice=policy-reset");
    }

    private ShownPolicy shown(UUID planId) {
        Plan plan = plans.plan(planId);
        try {
            return new ShownPolicy(plan, reminders.planPolicy(planId.toString()), true);
        } catch (WebApplicationException refusal) {
            // 404: the plan follows the default, which the form starts from.
            if (refusal.getResponse().getStatus() != 404) {
                throw refusal;
            }
            return new ShownPolicy(plan, reminders.defaultPolicy(), false);
        }
    }
}
