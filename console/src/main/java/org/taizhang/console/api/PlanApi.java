package org.taizhang.console.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** plan-service's API, called with the signed-in user's token. */
@RegisterRestClient(configKey = "plan-api")
@AccessToken
@Path("/api/plans")
public interface PlanApi {

    @GET
    ApiPage<Plan> plans(
            @QueryParam("q") String query,
            @QueryParam("year") Integer year,
            @QueryParam("status") String status,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    Plan plan(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/tasks")
    List<Task> tasks(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/tasks/{taskId}")
    Task task(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId);

    @PUT
    @Path("/{id}/tasks/{taskId}")
    Task changeTask(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId, TaskChange change);

    @GET
    @Path("/{id}/diagnostics")
    List<Diagnostic> diagnostics(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/diagnostics/recheck")
    List<Diagnostic> recheck(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/amendments")
    List<Amendment> amendments(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/publish")
    Plan publish(@PathParam("id") UUID id, PublishRequest request);

    @POST
    @Path("/{id}/derive")
    Plan derive(@PathParam("id") UUID id, DeriveRequest request);

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    ImportResult importPlan(ClientMultipartForm form);
}
