package org.taizhang.console.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** assignment-service's API, called with the signed-in user's token. */
@RegisterRestClient(configKey = "assignment-api")
@AccessToken
@Path("/api")
public interface AssignmentApi {

    String LEDGER_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Path("/assignments")
    ApiPage<Assignment> assignments(
            @QueryParam("planId") String planId,
            @QueryParam("taskId") String taskId,
            @QueryParam("unitId") String unitId,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("status") String status,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("sort") String sort,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/units/{id}/ledger")
    @Produces(MediaType.APPLICATION_JSON)
    Ledger ledger(@PathParam("id") String unitId, @QueryParam("year") Integer year);

    @GET
    @Path("/units/{id}/ledger")
    @Produces(LEDGER_XLSX)
    Response ledgerWorkbook(@PathParam("id") String unitId, @QueryParam("year") Integer year);

    @GET
    @Path("/progress/batches")
    ApiPage<ProgressBatch> batches(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/progress/batches/{id}")
    ProgressBatch batch(@PathParam("id") UUID id);

    @GET
    @Path("/assignments/{id}")
    Assignment assignment(@PathParam("id") UUID id);

    @GET
    @Path("/assignments/{id}/audit")
    List<AuditEntry> audit(@PathParam("id") UUID id);

    @GET
    @Path("/assignments/{id}/progress")
    List<ProgressReport> reports(@PathParam("id") UUID id);

    @POST
    @Path("/assignments/{id}/progress")
    ProgressReport report(@PathParam("id") UUID id, ProgressSubmission report);

    @GET
    @Path("/assignments/{id}/evidence")
    List<EvidenceFile> evidence(@PathParam("id") UUID id);

    /**
     * One file in the form's field {@code file}. A form, not a {@code FileUpload} parameter: the client would send a
     * received upload under the browser's field name ({@code files}), whatever {@code @RestForm} says.
     */
    @POST
    @Path("/assignments/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    EvidenceFile upload(@PathParam("id") UUID id, ClientMultipartForm file);

    @GET
    @Path("/assignments/{id}/evidence/{fileId}")
    Response download(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId);
}
