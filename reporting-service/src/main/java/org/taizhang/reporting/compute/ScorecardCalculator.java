package org.taizhang.reporting.compute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.ReminderFacts;
import org.taizhang.reporting.model.ReportFacts;

/**
 * Scores every unit with LEAD or RESPONSIBLE assignments in the year's plans (supporting work is not assessed).
 * Completion on time compares the completion day with the fixed due date; work without one counts as on time
 * when completed. Urgings (催办) are the reminders sent because something was overdue; every reminder about the
 * unit's assignments counts as received.
 */
public final class ScorecardCalculator {

    private static final Set<ReminderKind> URGINGS = EnumSet.of(ReminderKind.OVERDUE, ReminderKind.REPORT_OVERDUE);
    private static final Comparator<Scorecard> BEST_FIRST = Comparator.comparingDouble(Scorecard::score)
            .reversed()
            .thenComparing(Scorecard::unitName, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ScoreWeights weights;
    private final ReportingPolicy policy;
    private final PeriodicReports periodic;

    public ScorecardCalculator(ScoreWeights weights, ReportingPolicy policy) {
        this.weights = weights;
        this.policy = policy;
        this.periodic = new PeriodicReports(policy);
    }

    /** Scorecards of {@code year} as of {@code asOf} (normally a day after the year ended), best score first. */
    public List<Scorecard> score(
            int year,
            Collection<PlanFacts> plans,
            Collection<ReportFacts> reports,
            Collection<ReminderFacts> reminders,
            LocalDate asOf) {
        return scoreUnits(year, byUnit(year, plans), reports, reminders, asOf).stream()
                .sorted(BEST_FIRST)
                .toList();
    }

    /**
     * Scorecards of the units given with their assignments of the year (supporting ones are left out here), in no
     * particular order: a province scores its units a share at a time.
     */
    public List<Scorecard> scoreUnits(
            int year,
            Map<String, List<AssignmentFacts>> assignmentsByUnit,
            Collection<ReportFacts> reports,
            Collection<ReminderFacts> reminders,
            LocalDate asOf) {
        Map<String, List<Instant>> reportTimes = reports.stream()
                .filter(r -> r.countedAt() != null)
                .collect(Collectors.groupingBy(
                        ReportFacts::assignmentId, Collectors.mapping(ReportFacts::countedAt, Collectors.toList())));
        Map<String, List<ReminderFacts>> remindersByAssignment =
                reminders.stream().collect(Collectors.groupingBy(ReminderFacts::assignmentId));
        return assignmentsByUnit.values().stream()
                .map(all -> all.stream()
                        .filter(a -> a.role() != UnitRole.SUPPORTING)
                        .toList())
                .filter(assessed -> !assessed.isEmpty())
                .map(assessed -> new UnitYear(year, assessed, reportTimes, remindersByAssignment))
                .map(unit -> scorecard(unit, asOf))
                .toList();
    }

    /** Best score first, then by unit name. */
    public static Comparator<Scorecard> bestFirst() {
        return BEST_FIRST;
    }

    private Scorecard scorecard(UnitYear unit, LocalDate asOf) {
        AssignmentFacts first = unit.assignments().get(0);
        ScoreCounts counts = counts(unit, asOf);
        List<ReminderFacts> received = unit.reminders();
        return new Scorecard(
                first.unitId(),
                first.unitName(),
                unit.year(),
                unit.assignments().size(),
                counts.completedOnTime(),
                counts.completedLate(),
                counts.overdue(),
                counts.reportsDue(),
                counts.reportsOnTime(),
                received.size(),
                counts.urgings(),
                weights.score(counts),
                weights.formula(),
                weights.working(counts));
    }

    private ScoreCounts counts(UnitYear unit, LocalDate asOf) {
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        int due = 0;
        int reported = 0;
        for (AssignmentFacts a : unit.assignments()) {
            if (a.status() == AssignmentStatus.COMPLETED) {
                onTime += lateCompletion(a) ? 0 : 1;
                late += lateCompletion(a) ? 1 : 0;
            }
            overdue += TaskCompletion.isOverdue(a, asOf) ? 1 : 0;
            due += periodic.due(a, asOf).size();
            reported += periodic.onTime(a, unit.reportTimes(a), asOf);
        }
        int urgings = (int) unit.reminders().stream()
                .filter(r -> URGINGS.contains(r.kind()))
                .count();
        return new ScoreCounts(onTime, late, overdue, due, reported, urgings);
    }

    private boolean lateCompletion(AssignmentFacts a) {
        LocalDate due = TaskCompletion.fixedDueDate(a.deadline());
        return due != null
                && a.completedAt() != null
                && LocalDate.ofInstant(a.completedAt(), policy.zone()).isAfter(due);
    }

    private static Map<String, List<AssignmentFacts>> byUnit(int year, Collection<PlanFacts> plans) {
        Map<String, List<AssignmentFacts>> byUnit = new LinkedHashMap<>();
        plans.stream()
                .filter(p -> p.year() == year)
                .flatMap(PlanFacts::assignments)
                .forEach(a -> byUnit.computeIfAbsent(a.unitId(), id -> new ArrayList<>())
                        .add(a));
        return byUnit;
    }

    /** One unit's assignments of the year with the reports and reminders that concern them. */
    private record UnitYear(
            int year,
            List<AssignmentFacts> assignments,
            Map<String, List<Instant>> reportTimesByAssignment,
            Map<String, List<ReminderFacts>> remindersByAssignment) {

        List<Instant> reportTimes(AssignmentFacts a) {
            return reportTimesByAssignment.getOrDefault(a.assignmentId(), List.of());
        }

        List<ReminderFacts> reminders() {
            return assignments.stream()
                    .flatMap(a -> remindersByAssignment.getOrDefault(a.assignmentId(), List.of()).stream())
                    .toList();
        }
    }
}
