package org.taizhang.reminder.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.taizhang.reminder.schedule.Assignments.d;
import static org.taizhang.reminder.schedule.Assignments.ongoing;

import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.calendar.TestCalendars;
import org.taizhang.reminder.policy.EscalationTarget;
import org.taizhang.reminder.policy.ReminderPolicy;

class ReportRemindersTest {

    private final ReminderPlanner planner = Assignments.planner();

    @Test
    void shouldUseThePolicysQuarterlyCadenceForOngoingWork() {
        AssignmentView view = ongoing(null, d(2026, 3, 2));

        assertThat(planner.schedule(view, d(2026, 3, 1), d(2026, 7, 31)))
                .extracting(r -> r.key().kind(), r -> r.key().dueDate(), PlannedReminder::fireOn)
                .containsExactly(
                        tuple(ReminderKind.REPORT_DUE, d(2026, 3, 31), d(2026, 3, 31)),
                        tuple(ReminderKind.REPORT_OVERDUE, d(2026, 3, 31), d(2026, 4, 15)),
                        tuple(ReminderKind.REPORT_DUE, d(2026, 6, 30), d(2026, 6, 30)),
                        tuple(ReminderKind.REPORT_OVERDUE, d(2026, 6, 30), d(2026, 7, 14)));
    }

    @Test
    void shouldSkipAPeriodWithAReportSinceItStarted() {
        AssignmentView reported = ongoing(null, d(2026, 3, 2)).withLastReportOn(d(2026, 3, 20));

        assertThat(planner.dueOn(reported, d(2026, 4, 15))).isEmpty();
        assertThat(planner.next(reported, Assignments.beijing(2026, 4, 15, 12, 0)))
                .extracting(r -> r.key().kind(), PlannedReminder::fireOn)
                .containsExactly(tuple(ReminderKind.REPORT_DUE, d(2026, 6, 30)));
    }

    @Test
    void shouldRemindWhenAReportIsLateAfterTheGraceWorkingDays() {
        AssignmentView view = ongoing(null, d(2026, 3, 2));

        assertThat(planner.dueOn(view, d(2026, 4, 14)))
                .extracting(r -> r.key().kind())
                .containsExactly(ReminderKind.REPORT_DUE);
        assertThat(planner.dueOn(view, d(2026, 4, 15))).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(new ReminderKey("a-2", ReminderKind.REPORT_OVERDUE, d(2026, 3, 31), 1));
            assertThat(r.target()).isEqualTo(EscalationTarget.UNIT);
            assertThat(r.recipientUnitId()).isEqualTo(Assignments.UNIT);
        });
    }

    @Test
    void shouldCountTheGraceAcrossNationalDayAndItsMakeUpSaturday() {
        AssignmentView view = ongoing(Cadence.QUARTERLY, d(2026, 7, 1));

        // 10/8, 10/9, 10/10 (make-up Saturday), 10/12 … 10/20 is the tenth working day after 9/30.
        assertThat(planner.schedule(view, d(2026, 9, 1), d(2026, 10, 31)))
                .extracting(PlannedReminder::fireOn)
                .containsExactly(d(2026, 9, 30), d(2026, 10, 20));
    }

    @Test
    void shouldUseTheTasksMonthlyCadenceAndFireOnTheMakeUpSaturday() {
        AssignmentView monthly = new AssignmentView(
                "a-3",
                "unit-1",
                null,
                AssignmentStatus.IN_PROGRESS,
                DeadlineKind.PERIODIC,
                null,
                Cadence.MONTHLY,
                d(2026, 1, 5),
                null);

        assertThat(planner.schedule(monthly, d(2026, 1, 1), d(2026, 2, 28)))
                .extracting(r -> r.key().kind(), PlannedReminder::fireOn)
                .containsExactly(
                        tuple(ReminderKind.REPORT_DUE, d(2026, 1, 30)),
                        tuple(ReminderKind.REPORT_OVERDUE, d(2026, 2, 13)),
                        tuple(ReminderKind.REPORT_DUE, d(2026, 2, 28)));
    }

    @Test
    void shouldLeaveTheFirstReportToTheNextPeriodWhenCreatedNearAPeriodEnd() {
        AssignmentView lateInQuarter = ongoing(Cadence.QUARTERLY, d(2026, 3, 25));

        assertThat(planner.next(lateInQuarter, Assignments.beijing(2026, 3, 25, 12, 0)))
                .extracting(r -> r.key().kind(), PlannedReminder::fireOn)
                .containsExactly(tuple(ReminderKind.REPORT_DUE, d(2026, 6, 30)));
    }

    @Test
    void shouldIssueOnlyTheLatestReportReminderAfterDowntime() {
        AssignmentView view = ongoing(null, d(2026, 3, 2));

        assertThat(planner.dueAt(view, Assignments.beijing(2026, 3, 27, 9, 0), Assignments.beijing(2026, 4, 16, 9, 0)))
                .extracting(r -> r.key().kind())
                .containsExactly(ReminderKind.REPORT_OVERDUE);
    }

    @Test
    void shouldFlagAYearEndReportCountedIntoAYearWithoutOfficialCalendar() {
        AssignmentView yearly = ongoing(Cadence.YEARLY, d(2026, 3, 2));

        assertThat(planner.schedule(yearly, d(2026, 12, 1), d(2027, 1, 31)))
                .extracting(PlannedReminder::fireOn, PlannedReminder::officialCalendar)
                .containsExactly(tuple(d(2026, 12, 31), true), tuple(d(2027, 1, 14), false));
    }

    @Test
    void shouldIssueALateNoticeAndTheNextPeriodsDueNoticeFiringOnTheSameDay() {
        // With 16 grace days January's late notice falls on 2/28, the make-up Saturday that ends February.
        ReminderPlanner longGrace = new ReminderPlanner(
                ReminderPolicy.defaults().withPeriodic(Cadence.MONTHLY, 16), TestCalendars.official());
        AssignmentView monthly = ongoing(Cadence.MONTHLY, d(2026, 1, 5));

        assertThat(longGrace.dueAt(
                        monthly, Assignments.beijing(2026, 2, 27, 9, 0), Assignments.beijing(2026, 2, 28, 9, 0)))
                .extracting(r -> r.key().kind(), r -> r.key().dueDate())
                .containsExactly(
                        tuple(ReminderKind.REPORT_OVERDUE, d(2026, 1, 31)),
                        tuple(ReminderKind.REPORT_DUE, d(2026, 2, 28)));
    }

    @Test
    void shouldHaveNoReportRemindersOnceCompleted() {
        AssignmentView done = ongoing(null, d(2026, 3, 2)).withStatus(AssignmentStatus.COMPLETED);

        assertThat(planner.dueOn(done, d(2026, 4, 15))).isEmpty();
        assertThat(planner.nextFireAt(done, Assignments.beijing(2026, 4, 15, 12, 0)))
                .isEmpty();
    }
}
