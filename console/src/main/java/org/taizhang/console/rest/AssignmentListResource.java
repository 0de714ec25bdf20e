package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.ApiPage;
import org.taizhang.console.api.Assignment;
import org.taizhang.console.api.AssignmentApi;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.AssignmentFilter;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Pager;

/**
 * Assignment lists: a unit's own (earliest due first), everyone's for the office and auditors, a county's region
 * for its integration admins, and the overdue list with 催办. The service scopes each to what the token may read.
 */
@Path("/")
public class AssignmentListResource {

    private final AssignmentApi assignments;
    private final ConsoleConfig config;

    public AssignmentListResource(@RestClient AssignmentApi assignments, ConsoleConfig config) {
        this.assignments = assignments;
        this.config = config;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                String heading, ApiPage<Assignment> assignments, Pager pager, AssignmentFilter filter, boolean urge);
    }

    @GET
    @Path("/my/assignments")
    public TemplateInstance mine(
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") String page) {
        return list("我的任务", "/my/assignments", AssignmentFilter.of(null, null, null, status, overdue), page, false);
    }

    @GET
    @Path("/assignments")
    public TemplateInstance all(
            @QueryParam("planId") String planId,
            @QueryParam("unitId") String unitId,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") String page) {
        AssignmentFilter filter = AssignmentFilter.of(planId, unitId, regionCode, status, overdue);
        return list("任务落实情况", "/assignments", filter, page, false);
    }

    @GET
    @Path("/county")
    public TemplateInstance county(
            @QueryParam("status") String status,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") String page) {
        return list("本地区任务", "/county", AssignmentFilter.of(null, null, null, status, overdue), page, false);
    }

    @GET
    @Path("/overdue")
    public TemplateInstance overdue(
            @QueryParam("planId") String planId,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("page") String page) {
        AssignmentFilter filter = AssignmentFilter.of(planId, null, regionCode, null, "true");
        return list("逾期督办", "/overdue", filter, page, true);
    }

    private TemplateInstance list(String heading, String path, AssignmentFilter filter, String page, boolean urge) {
        int number = Inputs.page(page);
        ApiPage<Assignment> found = assignments.assignments(
                filter.planId(),
                null,
                filter.unitId(),
                filter.regionCode(),
                filter.status(),
                filter.overdue(),
                "DUE",
                number,
                config.pageSize());
        Map<String, String> query = filter.asQuery();
        Pager pager = Pager.of(path, query, number, config.pageSize(), found.total());
        return Templates.list(heading, found, pager, filter, urge);
    }
}
