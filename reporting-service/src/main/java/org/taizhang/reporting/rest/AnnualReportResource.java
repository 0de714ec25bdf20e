package org.taizhang.reporting.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.platform.problem.Problem;
import org.taizhang.reporting.compute.AnnualReport;
import org.taizhang.reporting.export.AnnualReportCsvWriter;
import org.taizhang.reporting.export.AnnualReportDocxWriter;
import org.taizhang.reporting.export.AnnualReportXlsxWriter;
import org.taizhang.reporting.service.PlanReportService;

/** The 落实情况 table of a published plan for the annual report: public information, readable without a token. */
@Path("/api/reports/plans/{id}/annual")
@Tag(name = "Annual report", description = "The 落实情况 table and summary for the annual disclosure report")
public class AnnualReportResource {

    private static final List<ReportFormat> OFFERED =
            List.of(ReportFormat.JSON, ReportFormat.CSV, ReportFormat.XLSX, ReportFormat.DOCX);

    private final PlanReportService reports;

    public AnnualReportResource(PlanReportService reports) {
        this.reports = reports;
    }

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE, ReportFormat.DOCX_TYPE})
    @Operation(
            summary = "A published plan's 落实情况, as JSON, CSV, .xlsx or .docx",
            description = "?format=json|csv|xlsx|docx, or by Accept; JSON when neither says. CSV is UTF-8 with a BOM"
                    + " so that Excel reads the Chinese; a cell starting with = + - @, tab or a line break gets a"
                    + " leading ' so that a spreadsheet shows it as text instead of running it. asOf (ISO date) sets the day the table is drawn up (today"
                    + " by default). No token needed: published plans are public information.")
    @APIResponse(
            responseCode = "200",
            description = "The report; files come as attachments named after the plan",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = AnnualReport.class),
                        examples = @ExampleObject(name = "annual report", value = ReportExamples.ANNUAL)),
                @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = ReportFormat.XLSX_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = ReportFormat.DOCX_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "400",
            description = "Unknown format or unreadable asOf",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "format", value = ReportExamples.BAD_FORMAT)))
    @APIResponse(
            responseCode = "404",
            description = "No such published plan (drafts never reach the reports)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unknown", value = ReportExamples.NOT_FOUND)))
    public Response annual(
            @Parameter(description = "The published plan's id (UUID, as in plan-service)") @PathParam("id") String id,
            @Parameter(
                            description = "The file format: json, csv, xlsx or docx; by"
                                    + " Accept when left out, JSON when neither says")
                    @QueryParam("format")
                    String format,
            @Parameter(
                            description = "The day the table is drawn up: an ISO-8601 date"
                                    + " (Asia/Shanghai), e.g. 2026-12-31; today by default")
                    @QueryParam("asOf")
                    String asOf,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ReportFormat chosen = ReportFormat.choose(format, accept, OFFERED);
        AnnualReport report = reports.annual(id, Params.date("asOf", asOf));
        if (chosen == ReportFormat.JSON) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        byte[] file = switch (chosen) {
            case CSV -> new AnnualReportCsvWriter().write(report);
            case XLSX -> new AnnualReportXlsxWriter().write(report);
            default -> new AnnualReportDocxWriter().write(report);
        };
        return Response.ok(file, chosen.contentType())
                .header("Content-Disposition", chosen.disposition("annual-report-" + report.year(), report.title()))
                .build();
    }
}
