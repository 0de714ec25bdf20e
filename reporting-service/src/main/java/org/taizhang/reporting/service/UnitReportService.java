package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.reporting.compute.Lights;
import org.taizhang.reporting.compute.OverdueList;
import org.taizhang.reporting.compute.TaskCompletion;
import org.taizhang.reporting.compute.UnitSummary;
import org.taizhang.reporting.compute.UnitSummaryCalculator;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.Plan;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.TaskFacts;

/** Unit-level reports: a unit's year (summary and ledger rows) and the overdue list (催办). */
@ApplicationScoped
public class UnitReportService {

    private final ReadModelQueries queries;
    private final ReportingConfig config;

    public UnitReportService(ReadModelQueries queries, ReportingConfig config) {
        this.queries = queries;
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitReport unit(String unitId, int year) {
        List<Plan> plans = queries.plansOfUnit(unitId, year);
        List<PlanFacts> facts =
                FactsFilter.keep(queries.facts(plans, AssignmentScope.unit(unitId)), a -> unitId.equals(a.unitId()));
        LocalDate today = config.today();
        List<UnitSummary> summaries = new UnitSummaryCalculator(config.policy()).summarize(facts, today);
        if (summaries.isEmpty()) {
            throw new ReportNotFoundException("Unit " + unitId + " holds no assignment in the plans of " + year);
        }
        UnitSummary summary = summaries.get(0);
        Lights lights = new Lights(config.policy());
        List<UnitReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            for (TaskFacts task : facts.get(i).tasks()) {
                for (AssignmentFacts a : task.assignments()) {
                    rows.add(row(plans.get(i), task, a, lights, today));
                }
            }
        }
        return new UnitReport(unitId, summary.unitName(), summary.regionCode(), year, summary, rows);
    }

    /** Overdue assignments of a plan, or of the year's plans, narrowed to a region and a unit when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OverdueView overdue(Integer year, String planId, String regionCode, String unitId) {
        List<Plan> plans = planId != null
                ? List.of(queries.plan(planId)
                        .orElseThrow(() -> new ReportNotFoundException("No published plan " + planId)))
                : queries.plans(year);
        Predicate<AssignmentFacts> kept = a -> (unitId == null || unitId.equals(a.unitId()))
                && (regionCode == null || RegionCodes.contains(regionCode, a.regionCode()));
        List<Plan> ofYear =
                plans.stream().filter(p -> year == null || p.year == year).toList();
        LocalDate today = config.today();
        List<PlanFacts> facts = queries.facts(ofYear, new AssignmentScope(unitId, regionCode, today));
        return OverdueView.from(today, OverdueList.of(FactsFilter.keep(facts, kept), today));
    }

    private static UnitReport.Row row(Plan plan, TaskFacts task, AssignmentFacts a, Lights lights, LocalDate today) {
        return new UnitReport.Row(
                plan.planId,
                plan.title,
                task.taskId(),
                task.number(),
                task.title(),
                a.role(),
                a.deadline() == null ? null : a.deadline().raw(),
                TaskCompletion.fixedDueDate(a.deadline()),
                a.status(),
                TaskCompletion.isOverdue(a, today),
                lights.reportLate(a, today),
                lights.of(a, today),
                a.lastReportAt());
    }
}
