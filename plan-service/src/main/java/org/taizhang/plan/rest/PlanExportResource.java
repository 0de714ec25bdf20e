package org.taizhang.plan.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.service.ExportService;
import org.taizhang.plan.service.ExportService.Format;
import org.taizhang.plan.service.PlanService;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.security.Caller;

/** Exports a plan as .xlsx or .docx in the layout offices post (序号, 工作任务, 具体要求, 牵头单位, 责任单位, 时限). */
@Path("/api/plans/{id}/export")
@Tag(name = "Plans")
public class PlanExportResource {

    private final PlanService plans;
    private final ExportService exports;
    private final Caller caller;

    public PlanExportResource(PlanService plans, ExportService exports, Caller caller) {
        this.plans = plans;
        this.exports = exports;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Download the plan as .xlsx or .docx",
            description = "?format=xlsx|docx, or by Accept; .xlsx when neither says. Re-importing the file gives the"
                    + " same tasks.")
    @APIResponse(
            responseCode = "200",
            description = "The file, as an attachment named after the plan",
            content = {
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", description = "Unknown format")
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller")
    public Response export(
            @Parameter(description = "The plan's id") @PathParam("id") UUID id,
            @Parameter(description = "xlsx or docx; by Accept when left out, xlsx when neither says")
                    @QueryParam("format")
                    String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Plan plan = plans.get(id, Access.seesDrafts(caller));
        Format chosen = choose(format, accept);
        String filename = URLEncoder.encode(plan.title + "." + chosen.extension, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(exports.export(plan, chosen), chosen.mediaType)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"plan." + chosen.extension + "\"; filename*=UTF-8''" + filename)
                .build();
    }

    private static Format choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            try {
                return Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ProblemException(
                        Response.Status.BAD_REQUEST,
                        "Unknown export format " + format,
                        List.of(new Problem.Violation("format", "format 只能是 xlsx 或 docx")));
            }
        }
        return accept != null && accept.contains(Format.DOCX.mediaType) ? Format.DOCX : Format.XLSX;
    }
}
