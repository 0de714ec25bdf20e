package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.taizhang.console.api.ApiPage;
import org.taizhang.console.api.Delivery;
import org.taizhang.console.api.ReminderSettingsApi;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Pager;

/** The delivery log, newest first: what reached which webhook or mailbox; a failed one can be sent again. */
@Path("/reminders/deliveries")
public class DeliveryResource {

    static final Set<String> STATUSES = Set.of("PENDING", "DELIVERED", "FAILED");

    private final ReminderSettingsApi reminders;
    private final ConsoleConfig config;

    public DeliveryResource(@RestClient ReminderSettingsApi reminders, ConsoleConfig config) {
        this.reminders = reminders;
        this.config = config;
    }

    /** The delivery whose redeliver button was refused, and why. */
    public record Refused(UUID delivery, List<String> errors) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                ApiPage<Delivery> deliveries, Pager pager, Map<String, String> filters, String notice, Refused refused);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("status") String status,
            @QueryParam("subscriptionId") String subscriptionId,
            @QueryParam("page") String page,
            @QueryParam("notice") String notice) {
        return render(filters(status, subscriptionId), Inputs.page(page), Notices.text(notice), null);
    }

    @POST
    @Path("/{id}/redeliver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redeliver(
            @PathParam("id") String id,
            @RestForm String status,
            @RestForm String subscriptionId,
            @RestForm String page) {
        UUID delivery = Inputs.id("投递编号", id);
        Map<String, String> filters = filters(status, subscriptionId);
        int number = Inputs.page(page);
        return FormPosts.submit(
                () -> {
                    reminders.redeliver(delivery);
                    return Pager.of("/reminders/deliveries", filters, number, config.pageSize(), 0)
                                    .current()
                            + "&notice=redelivered";
                },
                errors -> render(filters, number, null, new Refused(delivery, errors)));
    }

    private TemplateInstance render(Map<String, String> filters, int number, String notice, Refused refused) {
        String subscription = filters.get("subscriptionId");
        ApiPage<Delivery> found = reminders.deliveries(
                filters.get("status"),
                subscription == null ? null : UUID.fromString(subscription),
                number,
                config.pageSize());
        Pager pager = Pager.of("/reminders/deliveries", filters, number, config.pageSize(), found.total());
        return Templates.list(found, pager, filters, notice, refused);
    }

    private static Map<String, String> filters(String status, String subscriptionId) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", Inputs.choice("状态", status, STATUSES).orElse(null));
        filters.put(
                "subscriptionId",
                subscriptionId == null || subscriptionId.isBlank()
                        ? null
                        : Inputs.id("订阅编号", subscriptionId).toString());
        return filters;
    }
}
