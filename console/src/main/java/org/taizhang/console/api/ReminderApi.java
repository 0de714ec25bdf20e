package org.taizhang.console.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reminder-service's API, called with the signed-in user's token. */
@RegisterRestClient(configKey = "reminder-api")
@AccessToken
@Path("/api")
public interface ReminderApi {

    @POST
    @Path("/reminders/urge")
    Reminder urge(UrgeRequest request);

    @GET
    @Path("/reminders")
    ApiPage<Reminder> reminders(
            @QueryParam("unitId") String unitId,
            @QueryParam("assignmentId") String assignmentId,
            @QueryParam("page") int page,
            @QueryParam("size") int size);
}
