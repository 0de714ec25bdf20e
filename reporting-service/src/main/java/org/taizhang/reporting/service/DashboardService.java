package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.compute.CompletionHistory;
import org.taizhang.reporting.compute.Light;
import org.taizhang.reporting.compute.Lights;
import org.taizhang.reporting.compute.OverdueItem;
import org.taizhang.reporting.compute.OverdueList;
import org.taizhang.reporting.compute.PlanSummary;
import org.taizhang.reporting.compute.PlanSummaryCalculator;
import org.taizhang.reporting.compute.Tallies;
import org.taizhang.reporting.compute.Tally;
import org.taizhang.reporting.compute.TaskCompletion;
import org.taizhang.reporting.compute.TaskOutcome;
import org.taizhang.reporting.compute.UnitSummaryCalculator;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.Plan;
import org.taizhang.reporting.export.SvgCharts;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.TaskFacts;

/** Assembles the dashboard's plan page: the same figures as the JSON reports, laid out with server-side charts. */
@ApplicationScoped
public class DashboardService {

    private static final int BAR_WIDTH = 220;
    // A province plan can have tens of thousands of overdue items; the page shows the longest overdue, the JSON
    // overdue report has them all.
    private static final int OVERDUE_SHOWN = 200;

    private final PlanReportService reports;
    private final ReadModelQueries queries;
    private final ReportingConfig config;
    private final PlanViewCache cache;

    public DashboardService(
            PlanReportService reports, ReadModelQueries queries, ReportingConfig config, PlanViewCache cache) {
        this.reports = reports;
        this.queries = queries;
        this.config = config;
        this.cache = cache;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanOverview overview(String planId) {
        Plan plan = reports.plan(planId);
        LocalDate today = config.today();
        return cache.view(planId, "overview", List.of(today), () -> overview(plan, today));
    }

    private PlanOverview overview(Plan plan, LocalDate today) {
        PlanFacts facts = queries.facts(plan);
        PlanSummary summary = new PlanSummaryCalculator(config.policy()).summarize(facts, today);
        List<PlanOverview.SectionBar> sections = summary.sections().stream()
                .map(s -> new PlanOverview.SectionBar(
                        s.title().isEmpty() ? "其他任务" : s.title(),
                        s,
                        SvgCharts.completionBar(s.tasks().percent(), BAR_WIDTH)))
                .toList();
        List<PlanOverview.CountyBar> counties = counties(facts, today);
        List<OverdueItem> overdue = OverdueList.of(List.of(facts), today);
        return new PlanOverview(
                plan,
                summary,
                sections,
                SvgCharts.bars(
                        "各板块任务完成率",
                        sections.stream()
                                .map(s -> new SvgCharts.Bar(
                                        s.title(), s.figures().tasks().percent()))
                                .toList()),
                counties,
                SvgCharts.bars(
                        "各县（市、区）完成率",
                        counties.stream()
                                .map(c -> new SvgCharts.Bar(c.label(), c.percent()))
                                .toList()),
                completionChart(plan, facts, today),
                tasks(facts, today),
                new UnitSummaryCalculator(config.policy()).summarize(List.of(facts), today),
                overdue.subList(0, Math.min(overdue.size(), OVERDUE_SHOWN)),
                overdue.size());
    }

    /** Counties by their derived plans; a plan nobody derived from shows its units grouped by region instead. */
    private List<PlanOverview.CountyBar> counties(PlanFacts facts, LocalDate today) {
        RollupView rollup = reports.rollup(facts.planId());
        if (!rollup.counties().isEmpty()) {
            return rollup.counties().stream()
                    .map(c -> bar(
                            c.regionName() == null ? c.regionCode() : c.regionName(),
                            c.planId(),
                            c.taskPercent(),
                            c.light()))
                    .toList();
        }
        Lights lights = new Lights(config.policy());
        Map<String, List<AssignmentFacts>> byRegion = new TreeMap<>();
        facts.tasks().stream()
                .flatMap(t -> TaskCompletion.required(t).stream())
                .filter(a -> a.regionCode() != null && !a.regionCode().equals(facts.regionCode()))
                .forEach(a -> byRegion.computeIfAbsent(a.regionCode(), r -> new ArrayList<>())
                        .add(a));
        List<PlanOverview.CountyBar> bars = new ArrayList<>();
        byRegion.forEach((region, assignments) -> {
            long units =
                    assignments.stream().map(AssignmentFacts::unitId).distinct().count();
            double percent = assignments.stream()
                    .map(a -> Tallies.one(a, today))
                    .reduce(Tally.EMPTY, Tally::plus)
                    .percent();
            Light light = assignments.stream().map(a -> lights.of(a, today)).reduce(Light.GREEN, Light::worse);
            bars.add(bar(units == 1 ? assignments.get(0).unitName() : region, null, percent, light));
        });
        return bars;
    }

    private static PlanOverview.CountyBar bar(String label, String planId, double percent, Light light) {
        return new PlanOverview.CountyBar(label, planId, percent, light, SvgCharts.completionBar(percent, BAR_WIDTH));
    }

    private String completionChart(Plan plan, PlanFacts facts, LocalDate today) {
        LocalDate from = plan.publishedAt != null
                ? LocalDate.ofInstant(plan.publishedAt, config.zone())
                : LocalDate.of(plan.year, 1, 1);
        LocalDate to = today.isBefore(from) ? from : today;
        return SvgCharts.completionLine(
                "完成率变化",
                new CompletionHistory(config.policy()).series(facts, queries.statusChanges(plan.planId), from, to));
    }

    private List<PlanOverview.TaskRow> tasks(PlanFacts facts, LocalDate today) {
        Lights lights = new Lights(config.policy());
        List<PlanOverview.TaskRow> rows = new ArrayList<>();
        for (TaskFacts t : facts.tasks()) {
            List<AssignmentFacts> required = TaskCompletion.required(t);
            rows.add(new PlanOverview.TaskRow(
                    t.taskId(),
                    t.number(),
                    t.title(),
                    t.sectionPath().isEmpty()
                            ? ""
                            : t.sectionPath().get(t.sectionPath().size() - 1),
                    t.deadline() == null ? "" : t.deadline().raw(),
                    TaskOutcome.of(t, today),
                    lights.of(t, today),
                    (int) required.stream()
                            .filter(a -> a.status() == AssignmentStatus.COMPLETED)
                            .count(),
                    required.size()));
        }
        return rows;
    }
}
