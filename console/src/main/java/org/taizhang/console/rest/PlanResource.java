package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.ApiPage;
import org.taizhang.console.api.Plan;
import org.taizhang.console.api.PlanApi;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Pager;

/** The office's and auditors' plans: the searchable list, and one plan's tasks with what to check beside each. */
@Path("/plans")
public class PlanResource {

    static final Set<String> STATUSES = Set.of("DRAFT", "PUBLISHED", "CLOSED");

    private final PlanApi plans;
    private final ConsoleConfig config;
    private final PlanPage page;

    public PlanResource(@RestClient PlanApi plans, ConsoleConfig config, PlanPage page) {
        this.plans = plans;
        this.config = config;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ApiPage<Plan> plans, Pager pager, Map<String, String> filters);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("q") String q,
            @QueryParam("year") String year,
            @QueryParam("status") String status,
            @QueryParam("page") String page) {
        Map<String, String> filters = new LinkedHashMap<>();
        String query = Inputs.text("搜索词", q, 100).orElse(null);
        Integer planYear = Inputs.year(year).orElse(null);
        String planStatus = Inputs.choice("状态", status, STATUSES).orElse(null);
        filters.put("q", query);
        filters.put("year", planYear == null ? null : planYear.toString());
        filters.put("status", planStatus);
        int number = Inputs.page(page);
        ApiPage<Plan> found = plans.plans(query, planYear, planStatus, number, config.pageSize());
        Pager pager = Pager.of("/plans", filters, number, config.pageSize(), found.total());
        return Templates.list(found, pager, filters);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance plan(@PathParam("id") String id, @QueryParam("notice") String notice) {
        return page.render(Inputs.id("方案编号", id), Notices.text(notice), List.of());
    }
}
