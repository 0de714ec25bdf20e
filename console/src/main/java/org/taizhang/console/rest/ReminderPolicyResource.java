package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.ReminderPolicy;
import org.taizhang.console.api.ReminderSettingsApi;
import org.taizhang.console.view.PolicyForm;

/** When reminders go out by default, and which plans have their own policy. */
@Path("/reminders")
public class ReminderPolicyResource {

    private final ReminderSettingsApi reminders;

    public ReminderPolicyResource(@RestClient ReminderSettingsApi reminders) {
        this.reminders = reminders;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance policy(
                ShownPolicy shown,
                PolicyForm form,
                Map<String, String> cadences,
                List<ReminderPolicy> overrides,
                String notice,
                List<String> errors);
    }

    @GET
    public TemplateInstance reminders(@QueryParam("notice") String notice) {
        ReminderPolicy current = reminders.defaultPolicy();
        return defaultPage(current, PolicyForm.of(current), Notices.text(notice), List.of());
    }

    @POST
    @Path("/policy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveDefault(@BeanParam PolicyFields fields) {
        PolicyForm form = fields.form();
        return FormPosts.submit(
                () -> {
                    reminders.setDefaultPolicy(form.toSettings());
                    return "/reminders?notice=saved";
                },
                PolicyForm.FIELDS,
                errors -> defaultPage(reminders.defaultPolicy(), form, null, errors));
    }

    private TemplateInstance defaultPage(ReminderPolicy current, PolicyForm form, String notice, List<String> errors) {
        List<ReminderPolicy> overrides = reminders.policies().stream()
                .filter(policy -> policy.planId() != null)
                .toList();
        return Templates.policy(
                new ShownPolicy(null, current, true), form, PolicyForm.CADENCES, overrides, notice, errors);
    }
}
