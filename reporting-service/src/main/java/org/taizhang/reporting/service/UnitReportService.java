package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.reporting.compute.Lights;
import org.taizhang.reporting.compute.TaskCompletion;
import org.taizhang.reporting.compute.UnitSummary;
import org.taizhang.reporting.compute.UnitSummaryCalculator;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.Plan;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.TaskFacts;

/** Unit-level reports: a unit's year (summary and ledger rows); the overdue list is {@link OverdueService}'s. */
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
