package org.taizhang.console.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reminder-service's policies, subscriptions and delivery log, called with the signed-in user's token. */
@RegisterRestClient(configKey = "reminder-api")
@AccessToken
@Path("/api")
public interface ReminderSettingsApi {

    @GET
    @Path("/reminder-policies")
    List<ReminderPolicy> policies();

    @GET
    @Path("/reminder-policies/default")
    ReminderPolicy defaultPolicy();

    @PUT
    @Path("/reminder-policies/default")
    ReminderPolicy setDefaultPolicy(PolicySettings policy);

    @GET
    @Path("/reminder-policies/plans/{planId}")
    ReminderPolicy planPolicy(@PathParam("planId") String planId);

    @PUT
    @Path("/reminder-policies/plans/{planId}")
    ReminderPolicy setPlanPolicy(@PathParam("planId") String planId, PolicySettings policy);

    @DELETE
    @Path("/reminder-policies/plans/{planId}")
    void removePlanPolicy(@PathParam("planId") String planId);

    @GET
    @Path("/subscriptions")
    ApiPage<Subscription> subscriptions(
            @QueryParam("unitId") String unitId,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/subscriptions/{id}")
    Subscription subscription(@PathParam("id") UUID id);

    @POST
    @Path("/subscriptions")
    Subscription subscribe(SubscriptionChange subscription);

    @PUT
    @Path("/subscriptions/{id}")
    Subscription change(@PathParam("id") UUID id, SubscriptionChange subscription);

    @DELETE
    @Path("/subscriptions/{id}")
    void unsubscribe(@PathParam("id") UUID id);

    @GET
    @Path("/deliveries")
    ApiPage<Delivery> deliveries(
            @QueryParam("status") String status,
            @QueryParam("subscriptionId") UUID subscriptionId,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/deliveries/{id}/redeliver")
    Delivery redeliver(@PathParam("id") UUID id);
}
