package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.ReportingApi;
import org.taizhang.console.api.Scorecards;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Pager;
import org.taizhang.console.view.Problems;

/** The year's assessment of units (考核评分): the scorecards with their working, and the Excel file. */
@Path("/scorecards")
public class ScorecardResource {

    private final ReportingApi reports;
    private final ConsoleConfig config;

    public ScorecardResource(@RestClient ReportingApi reports, ConsoleConfig config) {
        this.reports = reports;
        this.config = config;
    }

    /** One page of the scorecards, ranked over the whole year's list. */
    public record Ranked(int rank, Scorecards.Scorecard card) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                Scorecards sheet,
                List<Ranked> rows,
                Pager pager,
                Map<String, String> filters,
                String download,
                List<String> errors);
    }

    @GET
    public Response list(
            @QueryParam("year") String year,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("page") String page) {
        Map<String, String> filters = filters(year, regionCode);
        int number = Inputs.page(page);
        String download = Pager.address("/scorecards/download", filters);
        Scorecards sheet;
        try {
            sheet = reports.scorecardSheet(year(filters), filters.get("regionCode"));
        } catch (WebApplicationException refusal) {
            if (!Refusals.aboutTheForm(refusal)) {
                throw refusal;
            }
            Pager none = Pager.of("/scorecards", filters, 0, config.pageSize(), 0);
            return FormPosts.page(
                    refusal.getResponse().getStatus(),
                    Templates.list(null, List.of(), none, filters, download, Problems.messages(refusal)));
        }
        List<Scorecards.Scorecard> cards = sheet.scorecards() == null ? List.of() : sheet.scorecards();
        int from = (int) Math.min((long) number * config.pageSize(), cards.size());
        int to = Math.min(from + config.pageSize(), cards.size());
        List<Ranked> rows = IntStream.range(from, to)
                .mapToObj(i -> new Ranked(i + 1, cards.get(i)))
                .toList();
        Pager pager = Pager.of("/scorecards", filters, number, config.pageSize(), cards.size());
        return FormPosts.page(200, Templates.list(sheet, rows, pager, filters, download, List.of()));
    }

    @GET
    @Path("/download")
    public Response download(@QueryParam("year") String year, @QueryParam("regionCode") String regionCode) {
        Map<String, String> filters = filters(year, regionCode);
        return Downloads.passOn(reports.scorecards(year(filters), filters.get("regionCode"), "xlsx"));
    }

    private static Map<String, String> filters(String year, String regionCode) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("year", Inputs.year(year).map(String::valueOf).orElse(null));
        filters.put("regionCode", Inputs.regionCode("地区代码", regionCode).orElse(null));
        return filters;
    }

    private static Integer year(Map<String, String> filters) {
        return filters.get("year") == null ? null : Integer.valueOf(filters.get("year"));
    }
}
