package org.taizhang.console.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reporting-service's API: the annual report and the scorecards, as files to pass on, and the scorecards to show. */
@RegisterRestClient(configKey = "reporting-api")
@AccessToken
@Path("/api/reports")
public interface ReportingApi {

    @GET
    @Path("/plans/{id}/annual")
    Response annual(@PathParam("id") String planId, @QueryParam("format") String format);

    @GET
    @Path("/scorecards")
    Response scorecards(
            @QueryParam("year") Integer year,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("format") String format);

    @GET
    @Path("/scorecards")
    @Produces(MediaType.APPLICATION_JSON)
    Scorecards scorecardSheet(@QueryParam("year") Integer year, @QueryParam("regionCode") String regionCode);
}
