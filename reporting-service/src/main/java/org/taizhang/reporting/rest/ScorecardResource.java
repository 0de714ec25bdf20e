package org.taizhang.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.security.Caller;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.export.ScorecardXlsxWriter;
import org.taizhang.reporting.service.ScorecardService;
import org.taizhang.reporting.service.ScorecardsView;
import org.taizhang.reporting.service.WeightsView;

/** The yearly assessment (考核) of units: office and auditors read it; the office sets the weights. */
@Path("/api/reports")
@Tag(name = "Scorecards", description = "Unit scorecards for the yearly assessment (考核) and their weights")
public class ScorecardResource {

    private static final List<ReportFormat> OFFERED = List.of(ReportFormat.JSON, ReportFormat.XLSX);
    private static final String PROBLEM = "application/problem+json";
    private static final DateTimeFormatter COMPUTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ScorecardService scorecards;
    private final ReportingConfig config;
    private final Caller caller;

    public ScorecardResource(ScorecardService scorecards, ReportingConfig config, Caller caller) {
        this.scorecards = scorecards;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @Path("/scorecards")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR})
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.XLSX_TYPE})
    @Operation(
            summary = "The year's scorecards, best first, each with its formula and working",
            description = "JSON, or .xlsx by Accept or format=xlsx. asOf defaults to today while the year runs and"
                    + " to 1 January after it. regionCode keeps the units inside that region (a county's own units)."
                    + " Freshness: the current year's work is counted ahead in the background after startup and after"
                    + " the year's figures change, and the scorecards for any asOf, region and weights are derived from"
                    + " that count; while it is counted again the answer may come from the last count, at most"
                    + " taizhang.reporting.scorecards.max-staleness (SCORECARDS_MAX_STALENESS, default 10 minutes) old,"
                    + " and older ones are counted before answering. Another year is counted for the figures as they"
                    + " stand. computedAt and version (JSON) and the line under the title (.xlsx) say when the year's"
                    + " work was counted.")
    @APIResponse(
            responseCode = "200",
            description = "The scorecards",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ScorecardsView.class),
                        examples = @ExampleObject(name = "scorecards", value = ReportExamples.SCORECARDS)),
                @Content(
                        mediaType = ReportFormat.XLSX_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", description = "Unknown format, year, asOf or regionCode not valid")
    @APIResponse(responseCode = "403", description = "Neither office nor auditor")
    public Response scorecards(
            @Parameter(description = "The year assessed, 2000–2100; the current year by default") @QueryParam("year")
                    String year,
            @Parameter(
                            description = "Only units inside this region: a 6-digit"
                                    + " administrative division code, e.g. 341821")
                    @QueryParam("regionCode")
                    String regionCode,
            @Parameter(
                            description = "The day the counts are taken on: an"
                                    + " ISO-8601 date (Asia/Shanghai); today while"
                                    + " the year runs, 1 January of the next year after it")
                    @QueryParam("asOf")
                    String asOf,
            @Parameter(description = "json or xlsx; by Accept when left out, JSON when neither says")
                    @QueryParam("format")
                    String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        ReportFormat chosen = ReportFormat.choose(format, accept, OFFERED);
        Integer asked = Params.year(year);
        ScorecardsView view = scorecards.scorecards(
                asked == null ? config.today().getYear() : asked, Params.date("asOf", asOf), Params.region(regionCode));
        if (chosen == ReportFormat.JSON) {
            return Response.ok(view, MediaType.APPLICATION_JSON).build();
        }
        String title = view.year() + "年度政务公开工作考核评分";
        String freshness = "考核截至 %s；数据计算于 %s（%s），数据版本 %d"
                .formatted(
                        view.asOf(),
                        COMPUTED_AT.format(view.computedAt().atZone(config.zone())),
                        config.zone(),
                        view.version());
        byte[] file = new ScorecardXlsxWriter().write(title, freshness, view.scorecards(), view.weights());
        return Response.ok(file, chosen.mediaType)
                .header("Content-Disposition", chosen.disposition("scorecards-" + view.year(), title))
                .build();
    }

    @GET
    @Path("/score-weights")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The scoring weights in force and the formula they make")
    @APIResponse(
            responseCode = "200",
            description = "The weights (updatedBy is null while the defaults apply)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WeightsView.class),
                            examples = @ExampleObject(name = "weights", value = ReportExamples.WEIGHTS_VIEW)))
    @APIResponse(responseCode = "403", description = "Neither office nor auditor")
    public WeightsView weights() {
        return WeightsView.from(scorecards.weights());
    }

    @PUT
    @Path("/score-weights")
    @RolesAllowed(Caller.OFFICE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set the scoring weights",
            description = "Recorded with who set them; scores use them at once.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScoreWeightsRequest.class),
                            examples = @ExampleObject(name = "defaults", value = ReportExamples.WEIGHTS)))
    @APIResponse(
            responseCode = "200",
            description = "The weights now in force",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WeightsView.class),
                            examples = @ExampleObject(name = "weights", value = ReportExamples.WEIGHTS_VIEW)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an unknown field")
    @APIResponse(responseCode = "403", description = "Not the office")
    @APIResponse(
            responseCode = "422",
            description = "Weights that break the rules, every violation listed",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "rejected", value = ReportExamples.WEIGHTS_REJECTED)))
    public WeightsView setWeights(ScoreWeightsRequest request) {
        if (request == null) {
            throw Params.invalid("body", "须提交评分权重");
        }
        return WeightsView.from(scorecards.setWeights(request.validated(), caller.subject()));
    }
}
