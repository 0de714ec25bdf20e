package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.ApiPage;
import org.taizhang.console.api.ReminderSettingsApi;
import org.taizhang.console.api.Subscription;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Pager;
import org.taizhang.console.view.SubscriptionForm;

/**
 * Where reminders go: each unit's or region's webhook or e-mail address. reminder-service refuses a webhook that
 * would reach an internal address, and its words are shown beside the form.
 */
@Path("/reminders/subscriptions")
public class SubscriptionResource {

    private final ReminderSettingsApi reminders;
    private final ConsoleConfig config;

    public SubscriptionResource(@RestClient ReminderSettingsApi reminders, ConsoleConfig config) {
        this.reminders = reminders;
        this.config = config;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                ApiPage<Subscription> subscriptions, Pager pager, Map<String, String> filters, String notice);

        static native TemplateInstance form(
                Subscription subscription,
                SubscriptionForm form,
                Map<String, String> channels,
                String notice,
                List<String> errors);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("unitId") String unitId,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("page") String page,
            @QueryParam("notice") String notice) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("unitId", Inputs.unitId("单位编号", unitId).orElse(null));
        filters.put("regionCode", Inputs.regionCode("地区代码", regionCode).orElse(null));
        int number = Inputs.page(page);
        ApiPage<Subscription> found =
                reminders.subscriptions(filters.get("unitId"), filters.get("regionCode"), number, config.pageSize());
        Pager pager = Pager.of("/reminders/subscriptions", filters, number, config.pageSize(), found.total());
        return Templates.list(found, pager, filters, Notices.text(notice));
    }

    @GET
    @Path("/new")
    public TemplateInstance blank() {
        return form(null, SubscriptionForm.blank(), null, List.of());
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response subscribe(@BeanParam SubscriptionFields fields) {
        SubscriptionForm form = fields.form();
        return FormPosts.submit(
                () -> {
                    reminders.subscribe(form.toChange());
                    return "/reminders/subscriptions?notice=subscribed";
                },
                SubscriptionForm.FIELDS,
                errors -> form(null, form.withoutSecret(), null, errors));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance subscription(@PathParam("id") String id, @QueryParam("notice") String notice) {
        Subscription subscription = reminders.subscription(Inputs.id("订阅编号", id));
        return form(subscription, SubscriptionForm.of(subscription), Notices.text(notice), List.of());
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, @BeanParam SubscriptionFields fields) {
        UUID subscription = Inputs.id("订阅编号", id);
        SubscriptionForm form = fields.form();
        return FormPosts.submit(
                () -> {
                    reminders.change(subscription, form.toChange());
                    return "/reminders/subscriptions/" + subscription + "?notice=saved";
                },
                SubscriptionForm.FIELDS,
                errors -> form(reminders.subscription(subscription), form.withoutSecret(), null, errors));
    }

    @GET
    @Path("/{id}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") String id) {
        return confirm(reminders.subscription(Inputs.id("订阅编号", id)), List.of());
    }

    @POST
    @Path("/{id}/delete")
    public Response delete(@PathParam("id") String id) {
        UUID subscription = Inputs.id("订阅编号", id);
        return FormPosts.submit(
                () -> {
                    reminders.unsubscribe(subscription);
                    return "/reminders/subscriptions?notice=unsubscribed";
                },
                errors -> confirm(reminders.subscription(subscription), errors));
    }

    private static TemplateInstance form(
            Subscription subscription, SubscriptionForm form, String notice, List<String> errors) {
        return Templates.form(subscription, form, SubscriptionForm.CHANNELS, notice, errors);
    }

    private static TemplateInstance confirm(Subscription subscription, List<String> errors) {
        String address = "/reminders/subscriptions/" + subscription.id();
        String whose =
                subscription.unitId() != null ? "单位 " + subscription.unitId() : "地区 " + subscription.regionCode();
        String where = subscription.target();
        return ConfirmPage.confirm(
                "删除订阅", "确定删除" + whose + "发往 " + where + " 的提醒订阅吗？尚未发出的提醒将不再投递。", address + "/delete", address, errors);
    }
}
