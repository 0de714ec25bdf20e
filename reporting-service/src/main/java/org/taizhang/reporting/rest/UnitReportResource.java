package org.taizhang.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.rest.Paging;
import org.taizhang.platform.security.Caller;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.service.OverdueQuery;
import org.taizhang.reporting.service.OverdueService;
import org.taizhang.reporting.service.OverdueView;
import org.taizhang.reporting.service.UnitReport;
import org.taizhang.reporting.service.UnitReportService;

/** Unit-level figures: a unit's year and the overdue list, each caller held to the units it may see. */
@Path("/api/reports")
@RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Unit reports", description = "Each unit's standing and the overdue assignments to chase (催办)")
public class UnitReportResource {

    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String PROBLEM = "application/problem+json";

    private static final int DEFAULT_OVERDUE_SIZE = 100;

    private final UnitReportService reports;
    private final OverdueService overdue;
    private final ReportingConfig config;
    private final Caller caller;

    public UnitReportResource(
            UnitReportService reports, OverdueService overdue, ReportingConfig config, Caller caller) {
        this.reports = reports;
        this.overdue = overdue;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @Path("/units/{unitId}/summary")
    @Operation(
            summary = "A unit's year: figures, light and one row per assignment",
            description = "Unit staff read their own unit only, county systems the units of their region. year"
                    + " defaults to the current one.")
    @APIResponse(
            responseCode = "200",
            description = "The unit's year",
            content =
                    @Content(
                            mediaType = JSON,
                            schema = @Schema(implementation = UnitReport.class),
                            examples = @ExampleObject(name = "unit", value = ReportExamples.UNIT)))
    @APIResponse(
            responseCode = "403",
            description = "Another unit's data, or a unit outside the caller's region",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "forbidden", value = ReportExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "The unit holds no assignment in the year's plans")
    public UnitReport unit(
            @Parameter(description = "The unit's directory id, e.g. 341800-fgw") @PathParam("unitId") String unitId,
            @Parameter(description = "The plan year, 2000–2100; the current year by default") @QueryParam("year")
                    String year) {
        ReportAccess.requireUnit(caller, unitId, null);
        Integer asked = Params.year(year);
        UnitReport report = reports.unit(unitId, asked == null ? config.today().getYear() : asked);
        ReportAccess.requireUnit(caller, unitId, report.regionCode());
        return report;
    }

    @GET
    @Path("/overdue")
    @Operation(
            summary = "Overdue assignments, longest overdue first, a page at a time",
            description = "Filter by year, planId, regionCode and unitId. Unit staff get their own unit's, county"
                    + " systems their region's; asking for another unit or region is refused. Ordered by fixed due"
                    + " date, then assignment id. Paging: follow next with after (keyset, equally fast at any depth,"
                    + " nothing skipped or repeated while the list changes), with the same filters. total is exact"
                    + " up to 10000; beyond, it is 10000 with totalExact false.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the overdue assignments",
            content =
                    @Content(
                            mediaType = JSON,
                            schema = @Schema(implementation = OverdueView.class),
                            examples = @ExampleObject(name = "overdue", value = ReportExamples.OVERDUE)))
    @APIResponse(
            responseCode = "400",
            description = "A size out of range, a malformed, foreign or changed after cursor, one sent with other"
                    + " filters than its page, or a parameter of the wrong kind",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Another unit or region",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "forbidden", value = ReportExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such published plan")
    public OverdueView overdue(
            @Parameter(description = "Only plans of this year, 2000–2100") @QueryParam("year") String year,
            @Parameter(description = "Only this plan's assignments (its UUID, at most 200 characters)")
                    @QueryParam("planId")
                    String planId,
            @Parameter(
                            description = "Only units of this region: a 6-digit"
                                    + " administrative division code, e.g. 341821")
                    @QueryParam("regionCode")
                    String regionCode,
            @Parameter(description = "The unit's directory id, e.g. 341800-fgw (at most 200 characters)")
                    @QueryParam("unitId")
                    String unitId,
            @Parameter(description = "Assignments per page, 1–500; 100 by default") @QueryParam("size") String size,
            @Parameter(
                            description = "The next cursor of the previous page, to continue the list after it (with"
                                    + " the same filters); opaque, at most 2048 characters")
                    @QueryParam("after")
                    String after) {
        ReportAccess.requirePlanReader(caller);
        String unit = ReportAccess.unitFilter(caller, Params.id("unitId", unitId));
        String region = ReportAccess.regionFilter(caller, Params.region(regionCode));
        return overdue.list(new OverdueQuery(
                Params.year(year),
                Params.id("planId", planId),
                region,
                unit,
                Params.size(size, Paging.MAX_SIZE, DEFAULT_OVERDUE_SIZE),
                Params.text(after)));
    }
}
