package org.taizhang.reporting.rest;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.platform.rest.PageView;
import org.taizhang.reporting.compute.TaskDetail;
import org.taizhang.reporting.compute.UnitSummary;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.Plan;
import org.taizhang.reporting.service.DashboardService;
import org.taizhang.reporting.service.PlanListItem;
import org.taizhang.reporting.service.PlanOverview;
import org.taizhang.reporting.service.PlanReportService;
import org.taizhang.reporting.service.ReportNotFoundException;
import org.taizhang.reporting.service.UnitReport;
import org.taizhang.reporting.service.UnitReportService;

/**
 * The web dashboard: server-rendered pages without JavaScript. It shows published plans only, and their progress unit
 * by unit, which is public information (政务公开), so it is readable without signing in, like the annual report;
 * scorecards and the rest of the office's data stay in the token-guarded JSON API.
 */
@Path("/dashboard")
@PermitAll
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Dashboard", description = "Server-rendered pages of published plans (HTML, no sign-in)")
public class DashboardResource {

    // A province publishes thousands of plans a year; each listed plan shows its figures.
    static final int PLANS_PER_PAGE = 50;
    private static final String HTML = "<!DOCTYPE html><html lang=\"zh-CN\">…</html>";

    /** A page of the list of published plans, with the years to pick from. */
    record plans(List<PlanListItem> plans, Integer year, List<Integer> years, Pager pager)
            implements TemplateInstance {}

    /** Where a page of a list stands among its pages (page counted from 0). */
    record Pager(int page, int pages, long total) {

        static Pager of(PageView<?> shown) {
            return new Pager(shown.page(), (int) ((shown.total() + shown.size() - 1) / shown.size()), shown.total());
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages;
        }

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }

        public int number() {
            return page + 1;
        }
    }

    /** A plan's overview, with the first of its units. */
    record plan(PlanOverview overview, List<UnitSummary> units) implements TemplateInstance {}

    /** A page of a plan's units. */
    record units(Plan plan, List<UnitSummary> units, Pager pager) implements TemplateInstance {}

    /** A task's drill-down. */
    record task(Plan plan, TaskDetail detail) implements TemplateInstance {}

    /** A unit's year. */
    record unit(UnitReport report) implements TemplateInstance {}

    /** What was not found. */
    record missing(String message) implements TemplateInstance {}

    private final PlanReportService plans;
    private final UnitReportService units;
    private final DashboardService dashboard;
    private final ReportingConfig config;

    public DashboardResource(
            PlanReportService plans, UnitReportService units, DashboardService dashboard, ReportingConfig config) {
        this.plans = plans;
        this.units = units;
        this.dashboard = dashboard;
        this.config = config;
    }

    @GET
    @Operation(summary = "Published plans of a year (all years without year=)")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, examples = @ExampleObject(name = "page", value = HTML)))
    @APIResponse(responseCode = "400", description = "A year that is not valid")
    public TemplateInstance plans(
            @Parameter(description = "The plan year, 2000–2100; all years when left out") @QueryParam("year")
                    String year,
            @Parameter(description = "The page, counted from 0; " + PLANS_PER_PAGE + " plans a page")
                    @QueryParam("page")
                    String page) {
        Integer asked = Params.year(year);
        PageView<PlanListItem> shown = plans.plans(asked, null, Params.page(page), PLANS_PER_PAGE);
        return new plans(shown.items(), asked, plans.years(), Pager.of(shown));
    }

    @GET
    @Path("/plans/{id}")
    @Operation(summary = "A plan's overview: completion by section and county, lights per task and unit, history")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, examples = @ExampleObject(name = "page", value = HTML)))
    @APIResponse(responseCode = "404", description = "No such published plan")
    public Response plan(
            @Parameter(description = "The published plan's id (UUID, as in plan-service)") @PathParam("id") String id) {
        return page(() -> {
            PlanOverview overview = dashboard.overview(id);
            return new plan(overview, overview.unitsPage(0, config.dashboardUnitsPerPage()));
        });
    }

    @GET
    @Path("/plans/{id}/units")
    @Operation(summary = "A plan's units a page at a time: each unit's tasks, completion, overdue and late reports")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, examples = @ExampleObject(name = "page", value = HTML)))
    @APIResponse(responseCode = "400", description = "A page number that is not valid")
    @APIResponse(responseCode = "404", description = "No such published plan")
    public Response planUnits(
            @Parameter(description = "The published plan's id (UUID, as in plan-service)") @PathParam("id") String id,
            @Parameter(description = "The page, counted from 0; the worst units first") @QueryParam("page")
                    String page) {
        int asked = Params.page(page);
        int size = config.dashboardUnitsPerPage();
        return page(() -> {
            PlanOverview overview = dashboard.overview(id);
            int total = overview.units().size();
            Pager pager = new Pager(asked, (total + size - 1) / size, total);
            return new units(overview.plan(), overview.unitsPage(asked, size), pager);
        });
    }

    @GET
    @Path("/plans/{id}/tasks/{taskId}")
    @Operation(summary = "A task: each unit's status, light and latest report with its evidence")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, examples = @ExampleObject(name = "page", value = HTML)))
    @APIResponse(responseCode = "404", description = "No such plan or task")
    public Response task(
            @Parameter(description = "The published plan's id (UUID, as in plan-service)") @PathParam("id") String id,
            @Parameter(description = "The task's id (UUID, as in plan-service)") @PathParam("taskId") String taskId) {
        return page(() -> new task(plans.plan(id), plans.task(id, taskId, a -> true)));
    }

    @GET
    @Path("/units/{unitId}")
    @Operation(summary = "A unit's year, ledger-like: every assignment with status, light and last report")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, examples = @ExampleObject(name = "page", value = HTML)))
    @APIResponse(responseCode = "404", description = "The unit holds no assignment in the year's plans")
    public Response unit(
            @Parameter(description = "The unit's directory id, e.g. 341800-fgw") @PathParam("unitId") String unitId,
            @Parameter(description = "The plan year, 2000–2100; the current year by default") @QueryParam("year")
                    String year) {
        Integer asked = Params.year(year);
        return page(
                () -> new unit(units.unit(unitId, asked == null ? config.today().getYear() : asked)));
    }

    /** Renders the page, or a page saying what was not found (a browser shows HTML, not problem+json). */
    private static Response page(Supplier<TemplateInstance> page) {
        try {
            return Response.ok(page.get(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .build();
        } catch (ReportNotFoundException e) {
            return Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(new missing(e.getMessage()))
                    .build();
        }
    }
}
