package org.taizhang.console.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.taizhang.console.api.ReminderApi;
import org.taizhang.console.api.UrgeRequest;
import org.taizhang.console.view.Inputs;

/**
 * The office's 催办 button: reminder-service reminds the unit now, through the usual channels. A refusal (not
 * overdue, urged too recently) is the service's words on the error page.
 */
@Path("/assignments/{id}/urge")
public class UrgeResource {

    private final ReminderApi reminders;

    public UrgeResource(@RestClient ReminderApi reminders) {
        this.reminders = reminders;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response urge(@PathParam("id") String id, @RestForm String note, @RestForm String requestId) {
        UUID assignment = Inputs.id("任务编号", id);
        String sent = Inputs.text("催办说明", note, 500).orElse(null);
        String request = Inputs.text("请求编号", requestId, 100).orElse(null);
        reminders.urge(new UrgeRequest(assignment, sent, request));
        return Response.seeOther(URI.create("/assignments/" + assignment + "?notice=urged"))
                .build();
    }
}
