package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.platform.rest.PageView;
import org.taizhang.reporting.compute.AnnualReport;
import org.taizhang.reporting.compute.Light;
import org.taizhang.reporting.compute.Lights;
import org.taizhang.reporting.compute.PlanSummary;
import org.taizhang.reporting.compute.PlanSummaryCalculator;
import org.taizhang.reporting.compute.RegionRollup;
import org.taizhang.reporting.compute.TaskDetail;
import org.taizhang.reporting.compute.TaskDetails;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.Plan;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.TaskFacts;

/** Plan-level reports: the list of published plans, a plan's summary, a task's detail, the county roll-up, the 落实情况. */
@ApplicationScoped
public class PlanReportService {

    private final ReadModelQueries queries;
    private final ReportingConfig config;
    private final PlanViewCache cache;

    public PlanReportService(ReadModelQueries queries, ReportingConfig config, PlanViewCache cache) {
        this.queries = queries;
        this.config = config;
        this.cache = cache;
    }

    /** Published plans of the year (all years when null) within the region (anywhere when null), a page of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PlanListItem> plans(Integer year, String regionCode, int page, int size) {
        List<Plan> plans = queries.plans(year).stream()
                .filter(p -> regionCode == null || RegionCodes.contains(regionCode, p.regionCode))
                .toList();
        int from = (int) Math.min(plans.size(), (long) page * size);
        List<Plan> shown = plans.subList(from, (int) Math.min(plans.size(), (long) from + size));
        List<PlanListItem> items =
                shown.stream().map(p -> PlanListItem.from(p, summary(p))).toList();
        return new PageView<>(items, page, size, plans.size());
    }

    /** The years that have published plans, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Integer> years() {
        return queries.years();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan plan(String planId) {
        return queries.plan(planId).orElseThrow(() -> new ReportNotFoundException("No published plan " + planId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanFacts facts(String planId) {
        return queries.facts(plan(planId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanSummary summary(String planId) {
        return summary(plan(planId));
    }

    private PlanSummary summary(Plan plan) {
        LocalDate today = config.today();
        return cache.summary(
                plan.planId,
                List.of(today),
                () -> new PlanSummaryCalculator(config.policy()).summarize(queries.facts(plan), today));
    }

    /**
     * A task of the plan with the standing and latest report of each assigned unit the caller may see; the task's
     * own figures (complete, outcome, light) always count every unit.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskDetail task(String planId, String taskId, Predicate<AssignmentFacts> visible) {
        plan(planId);
        // asked every time, so that a withdrawn task answers 404 whatever view is kept
        if (!queries.isLiveTask(planId, taskId)) {
            throw noTask(planId, taskId);
        }
        LocalDate today = config.today();
        TaskView view = cache.view(planId, "task", List.of(taskId, today), () -> {
            TaskFacts task = queries.task(planId, taskId).orElseThrow(() -> noTask(planId, taskId));
            return TaskView.of(
                    new TaskDetails(config.policy()).detail(task, queries.reportsOfTask(taskId), today),
                    task.assignments());
        });
        return view.visibleTo(visible);
    }

    private static ReportNotFoundException noTask(String planId, String taskId) {
        return new ReportNotFoundException("Plan " + planId + " has no task " + taskId);
    }

    /** The plan rolled up across the plans derived from it, each county with the worst light of its tasks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RollupView rollup(String planId) {
        Plan plan = plan(planId);
        LocalDate today = config.today();
        return cache.view(planId, "rollup", List.of(today), () -> {
            List<PlanFacts> derived = queries.facts(queries.descendants(planId));
            return RollupView.from(
                    RegionRollup.rollup(queries.facts(plan), derived, today), countyLights(planId, derived, today));
        });
    }

    /** The 落实情况 table and summary as of the day given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualReport annual(String planId, LocalDate asOf) {
        Plan plan = plan(planId);
        LocalDate day = asOf == null ? config.today() : asOf;
        return cache.view(planId, "annual", List.of(day), () -> AnnualReport.of(queries.facts(plan), day));
    }

    /** For each county (a direct child of the city plan) the worst light over its tasks and its descendants'. */
    private Map<String, Light> countyLights(String cityId, List<PlanFacts> derived, LocalDate today) {
        Lights lights = new Lights(config.policy());
        Map<String, String> parentOf = new HashMap<>();
        derived.forEach(p -> parentOf.put(p.planId(), p.parentPlanId()));
        Map<String, Light> byCounty = new HashMap<>();
        for (PlanFacts plan : derived) {
            String county = countyOf(plan.planId(), cityId, parentOf);
            if (county != null) {
                Light worst = plan.tasks().stream()
                        .map((TaskFacts t) -> lights.of(t, today))
                        .reduce(Light.GREEN, Light::worse);
                byCounty.merge(county, worst, Light::worse);
            }
        }
        return byCounty;
    }

    private static String countyOf(String planId, String cityId, Map<String, String> parentOf) {
        String current = planId;
        for (int depth = 0; current != null && depth <= parentOf.size(); depth++) {
            if (cityId.equals(parentOf.get(current))) {
                return current;
            }
            current = parentOf.get(current);
        }
        return null;
    }
}
