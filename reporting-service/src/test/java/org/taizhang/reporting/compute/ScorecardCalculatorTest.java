package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reporting.model.Facts.JUNE_END;
import static org.taizhang.reporting.model.Facts.QUARTERLY;
import static org.taizhang.reporting.model.Facts.at;
import static org.taizhang.reporting.model.Facts.task;
import static org.taizhang.reporting.model.Facts.unit;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reporting.model.Facts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.ReminderFacts;
import org.taizhang.reporting.model.ReportFacts;

class ScorecardCalculatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 1, 5);

    private final PlanFacts plan = Facts.plan(
            "p",
            task("t1", JUNE_END, unit("市发改委").id("a1").completedOn(LocalDate.of(2026, 6, 20))),
            task("t2", JUNE_END, unit("市发改委").id("a2").completedOn(LocalDate.of(2026, 8, 1))),
            task(
                    "t3",
                    JUNE_END,
                    unit("市发改委").id("a3"),
                    unit("市财政局").supporting().id("s1")),
            task("t4", QUARTERLY, unit("市发改委").id("a4").status(AssignmentStatus.ONGOING)),
            task("t5", JUNE_END, unit("市财政局").id("b1").completedOn(LocalDate.of(2026, 6, 1))));
    private final PlanFacts lastYear =
            new PlanFacts("old", "2025年计划", 2025, "341800", "宣城市", null, List.of(task("o1", JUNE_END, unit("市发改委"))));
    private final List<ReportFacts> reports = List.of(
            report("a4", LocalDate.of(2026, 3, 20)),
            report("a4", LocalDate.of(2026, 6, 20)),
            report("a4", LocalDate.of(2026, 10, 2)),
            report("a4", LocalDate.of(2026, 10, 9)));
    private final List<ReminderFacts> reminders = List.of(
            reminder("a3", ReminderKind.BEFORE_DUE),
            reminder("a3", ReminderKind.OVERDUE),
            reminder("a3", ReminderKind.OVERDUE),
            reminder("a4", ReminderKind.REPORT_OVERDUE),
            reminder("s1", ReminderKind.OVERDUE));

    @Test
    void shouldCountEachUnitsYearFromItsAccountableAssignments() {
        Scorecard fgw = score(ScoreWeights.DEFAULT).get(1);

        assertThat(fgw.unitName()).isEqualTo("市发改委");
        assertThat(fgw.year()).isEqualTo(2026);
        assertThat(fgw.assignments()).isEqualTo(4);
        assertThat(fgw.completedOnTime()).isEqualTo(1);
        assertThat(fgw.completedLate()).isEqualTo(1);
        assertThat(fgw.overdue()).isEqualTo(1);
        assertThat(fgw.reportsDue()).isEqualTo(4);
        assertThat(fgw.reportsOnTime()).isEqualTo(3);
        assertThat(fgw.remindersReceived()).isEqualTo(4);
        assertThat(fgw.urgings()).isEqualTo(3);
    }

    @Test
    void shouldScoreWithTheDefaultWeightsAndShowTheFormulaBesideIt() {
        List<Scorecard> cards = score(ScoreWeights.DEFAULT);

        assertThat(cards)
                .extracting(Scorecard::unitName, Scorecard::score)
                .containsExactly(Tuple.tuple("市财政局", 100.0), Tuple.tuple("市发改委", 49.5));
        assertThat(cards.get(1).formula()).isEqualTo(ScoreWeights.DEFAULT.formula());
        assertThat(cards.get(1).working())
                .isEqualTo("70 × (1 + 0.5 × 1) ÷ (1 + 1 + 1) + 30 × 3 ÷ 4 − 5 × 1 − 1 × 3 = 49.5");
    }

    @Test
    void shouldScoreWithTheOfficesOwnWeights() {
        ScoreWeights strict = new ScoreWeights(50, 50, 0, 10, 2);

        Scorecard fgw = score(strict).get(1);

        assertThat(fgw.score()).isEqualTo(38.2);
        assertThat(fgw.formula()).isEqualTo(strict.formula());
    }

    @Test
    void shouldJudgeAPeriodicReportOnWhenItWasReceivedNotTheDateItClaims() {
        List<ReportFacts> backdated = List.of(
                report("a4", LocalDate.of(2026, 3, 20)),
                report("a4", LocalDate.of(2026, 6, 20), LocalDate.of(2026, 10, 15)),
                report("a4", LocalDate.of(2026, 10, 2)),
                report("a4", LocalDate.of(2026, 10, 9)));

        Scorecard fgw = new ScorecardCalculator(ScoreWeights.DEFAULT, ReportingPolicy.DEFAULT)
                .score(2026, List.of(plan, lastYear), backdated, reminders, AS_OF)
                .get(1);

        assertThat(fgw.reportsOnTime()).isEqualTo(2);
    }

    @Test
    void shouldNotAssessSupportingWork() {
        Scorecard czj = score(ScoreWeights.DEFAULT).get(0);

        assertThat(czj.unitName()).isEqualTo("市财政局");
        assertThat(czj.assignments()).isEqualTo(1);
        assertThat(czj.overdue()).isZero();
        assertThat(czj.remindersReceived()).isZero();
    }

    @Test
    void shouldScoreAUnitAddedOneAssignmentAtATimeFromItsKeptCountsAsFromItsFacts() {
        ScorecardCalculator calculator = new ScorecardCalculator(ScoreWeights.DEFAULT, ReportingPolicy.DEFAULT);
        UnitTally tally = new UnitTally();

        plan.assignments()
                .filter(a -> a.unitName().equals("市发改委"))
                .forEach(a -> calculator.add(
                        tally,
                        new AssessedWork(
                                a,
                                reports.stream()
                                        .filter(r -> r.assignmentId().equals(a.assignmentId()))
                                        .map(ReportFacts::countedAt)
                                        .toList(),
                                (int) reminders.stream()
                                        .filter(r -> r.assignmentId().equals(a.assignmentId()))
                                        .count(),
                                (int) reminders.stream()
                                        .filter(r -> r.assignmentId().equals(a.assignmentId()))
                                        .filter(r -> ScorecardCalculator.isUrging(r.kind()))
                                        .count()),
                        AS_OF));

        assertThat(calculator.scorecard(2026, tally))
                .isEqualTo(score(ScoreWeights.DEFAULT).get(1));
    }

    @Test
    void shouldLeaveAUnitWithOnlySupportingWorkUnassessed() {
        ScorecardCalculator calculator = new ScorecardCalculator(ScoreWeights.DEFAULT, ReportingPolicy.DEFAULT);
        UnitTally tally = new UnitTally();

        plan.assignments()
                .filter(a -> a.assignmentId().equals("s1"))
                .forEach(a -> calculator.add(tally, new AssessedWork(a, List.of(), 1, 1), AS_OF));

        assertThat(tally.assignments()).isZero();
    }

    @Test
    void shouldCountOnlyRemindersAboutOverdueWorkOrReportsAsUrgings() {
        assertThat(ScorecardCalculator.isUrging(ReminderKind.OVERDUE)).isTrue();
        assertThat(ScorecardCalculator.isUrging(ReminderKind.REPORT_OVERDUE)).isTrue();
        assertThat(ScorecardCalculator.isUrging(ReminderKind.BEFORE_DUE)).isFalse();
        assertThat(ScorecardCalculator.isUrging(null)).isFalse();
    }

    private List<Scorecard> score(ScoreWeights weights) {
        return new ScorecardCalculator(weights, ReportingPolicy.DEFAULT)
                .score(2026, List.of(plan, lastYear), reports, reminders, AS_OF);
    }

    private static ReportFacts report(String assignmentId, LocalDate day) {
        return report(assignmentId, day, day);
    }

    private static ReportFacts report(String assignmentId, LocalDate claimed, LocalDate received) {
        return new ReportFacts(
                assignmentId + claimed,
                assignmentId,
                AssignmentStatus.ONGOING,
                "进展",
                List.of(),
                at(claimed),
                at(received));
    }

    private static ReminderFacts reminder(String assignmentId, ReminderKind kind) {
        return new ReminderFacts(assignmentId + kind, assignmentId, "u", kind, 0, at(LocalDate.of(2026, 7, 2)));
    }
}
