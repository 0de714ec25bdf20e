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
 * unit's assignments counts as received. A province is scored without holding its work: {@link #add} each
 * assignment to its unit's {@link UnitTally}, then take the {@link #scorecard}.
 */
public final class ScorecardCalculator {

    private static final Set<ReminderKind> URGINGS = EnumSet.of(ReminderKind.OVERDUE, ReminderKind.REPORT_OVERDUE);
    private static final Comparator<Scorecard> BEST_FIRST = Comparator.comparingDouble(Scorecard::score)
            .reversed()
            .thenComparing(Scorecard::unitName, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ScoreWeights weights;
    private final ReportingPolicy policy;
    private final PeriodicReports periodic;
    // One copy for every scorecard: a province's view holds 20,000 of them.
    private final String formula;
    private final Workings workings;

    public ScorecardCalculator(ScoreWeights weights, ReportingPolicy policy) {
        this.weights = weights;
        this.policy = policy;
        this.periodic = new PeriodicReports(policy);
        this.formula = weights.formula();
        this.workings = weights.workings();
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
     * Scorecards of the units given with their assignments of the year (supporting ones are left out here), from the
     * reports and reminders themselves, in no particular order.
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
        List<Scorecard> scorecards = new ArrayList<>();
        for (List<AssignmentFacts> work : assignmentsByUnit.values()) {
            UnitTally tally = new UnitTally();
            for (AssignmentFacts a : work) {
                List<ReminderFacts> about = remindersByAssignment.getOrDefault(a.assignmentId(), List.of());
                int urgings =
                        (int) about.stream().filter(r -> isUrging(r.kind())).count();
                add(
                        tally,
                        new AssessedWork(
                                a, reportTimes.getOrDefault(a.assignmentId(), List.of()), about.size(), urgings),
                        asOf);
            }
            if (tally.assignments() > 0) {
                scorecards.add(scorecard(year, tally));
            }
        }
        return scorecards;
    }

    /** Adds one of the unit's assignments to its counts as of the day judged; supporting work is not assessed. */
    public void add(UnitTally tally, AssessedWork work, LocalDate asOf) {
        AssignmentFacts a = work.assignment();
        if (a.role() == UnitRole.SUPPORTING) {
            return;
        }
        boolean completed = a.status() == AssignmentStatus.COMPLETED;
        boolean late = completed && lateCompletion(a);
        tally.add(new WorkCounts(
                a.unitId(),
                a.regionCode(),
                a.unitName(),
                1,
                completed && !late ? 1 : 0,
                late ? 1 : 0,
                TaskCompletion.isOverdue(a, asOf) ? 1 : 0,
                work.reminders(),
                work.urgings()));
        addReports(tally, work, asOf);
    }

    /**
     * Adds only what periodic work owes in reports and reported on time by the day judged, for work whose other counts
     * were added as {@link WorkCounts}; work judged by a date owes none, supporting work is not assessed.
     */
    public void addReports(UnitTally tally, AssessedWork work, LocalDate asOf) {
        AssignmentFacts a = work.assignment();
        if (a.role() == UnitRole.SUPPORTING || !TaskCompletion.isPeriodic(a.deadline())) {
            return;
        }
        tally.reportsDue += periodic.due(a, asOf).size();
        tally.reportsOnTime += periodic.onTime(a, work.reportTimes(), asOf);
    }

    /** As {@link #addReports(UnitTally, AssessedWork, LocalDate)}, for periodic work kept to be judged for any day. */
    public void addReports(UnitTally tally, PeriodicWork work, LocalDate asOf) {
        List<ReportPeriod> due = periodic.due(work, asOf);
        tally.reportsDue += due.size();
        for (ReportPeriod period : due) { // a loop, not a stream: a province may judge hundreds of thousands a day
            if (work.reportedDuring(period)) {
                tally.reportsOnTime++;
            }
        }
    }

    /** The scorecard of a unit whose assignments of {@code year} were all added to the tally (at least one). */
    public Scorecard scorecard(int year, UnitTally tally) {
        ScoreCounts counts = tally.counts();
        return new Scorecard(
                tally.unitId,
                tally.unitName,
                year,
                tally.assignments,
                counts.completedOnTime(),
                counts.completedLate(),
                counts.overdue(),
                counts.reportsDue(),
                counts.reportsOnTime(),
                tally.reminders,
                counts.urgings(),
                weights.score(counts),
                formula,
                workings.of(counts));
    }

    /** Whether a reminder of this kind is an urging (催办): sent because work or a report was overdue. */
    public static boolean isUrging(ReminderKind kind) {
        return kind != null && URGINGS.contains(kind);
    }

    /** Best score first, then by unit name. */
    public static Comparator<Scorecard> bestFirst() {
        return BEST_FIRST;
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
}
