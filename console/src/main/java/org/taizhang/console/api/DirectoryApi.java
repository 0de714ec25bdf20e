package org.taizhang.console.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.File;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** assignment-service's unit directory and pending unit names, called with the signed-in user's token. */
@RegisterRestClient(configKey = "assignment-api")
@AccessToken
@Path("/api")
public interface DirectoryApi {

    @GET
    @Path("/pending")
    ApiPage<PendingItem> pending(
            @QueryParam("planId") String planId,
            @QueryParam("status") String status,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/pending/{id}/resolve")
    List<Assignment> resolve(@PathParam("id") UUID id, PendingResolution resolution);

    @POST
    @Path("/pending/{id}/dismiss")
    PendingItem dismiss(@PathParam("id") UUID id, PendingDismissal dismissal);

    @GET
    @Path("/units")
    ApiPage<Unit> units(
            @QueryParam("q") String query,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("kind") String kind,
            @QueryParam("level") String level,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/units/resolve")
    Resolution resolveName(@QueryParam("name") String name, @QueryParam("regionCode") String regionCode);

    @GET
    @Path("/units/{id}")
    Unit unit(@PathParam("id") String id);

    @POST
    @Path("/units")
    Unit create(UnitChange unit);

    @PUT
    @Path("/units/{id}")
    Unit change(@PathParam("id") String id, UnitChange unit);

    @DELETE
    @Path("/units/{id}")
    void delete(@PathParam("id") String id);

    /** The office's directory file, passed on as it was uploaded; the service reads CSV or .xlsx. */
    @POST
    @Path("/units/import")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    UnitImport importUnits(@QueryParam("format") String format, File file);

    @GET
    @Path("/units/export")
    Response export(@QueryParam("format") String format, @QueryParam("regionCode") String regionCode);
}
