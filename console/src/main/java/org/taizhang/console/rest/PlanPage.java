package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.Amendment;
import org.taizhang.console.api.Plan;
import org.taizhang.console.api.PlanApi;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.PlanReview;

/** One plan's page: its tasks with diagnostics beside them, its amendments, and what the office may do next. */
@ApplicationScoped
class PlanPage {

    private final PlanApi plans;
    private final ConsoleConfig config;

    PlanPage(@RestClient PlanApi plans, ConsoleConfig config) {
        this.plans = plans;
        this.config = config;
    }

    @CheckedTemplate(basePath = "PlanResource")
    static class Templates {
        static native TemplateInstance plan(
                Plan plan,
                PlanReview review,
                List<Amendment> amendments,
                String dashboard,
                String notice,
                List<String> errors);
    }

    TemplateInstance render(UUID planId, String notice, List<String> errors) {
        Plan plan = plans.plan(planId);
        PlanReview review = PlanReview.of(plans.tasks(planId), plan.draft() ? plans.diagnostics(planId) : List.of());
        List<Amendment> amendments = plan.draft() ? List.of() : plans.amendments(planId);
        String dashboard = config.dashboardUrl().replaceAll("/$", "") + "/dashboard/plans/" + planId;
        return Templates.plan(plan, review, amendments, dashboard, notice, errors);
    }
}
