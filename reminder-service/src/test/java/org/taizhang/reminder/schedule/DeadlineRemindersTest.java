package org.taizhang.reminder.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.taizhang.reminder.schedule.Assignments.LEAD;
import static org.taizhang.reminder.schedule.Assignments.UNIT;
import static org.taizhang.reminder.schedule.Assignments.d;
import static org.taizhang.reminder.schedule.Assignments.fixed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.calendar.TestCalendars;
import org.taizhang.reminder.policy.EscalationTarget;
import org.taizhang.reminder.policy.ReminderPolicy;

class DeadlineRemindersTest {

    private final ReminderPlanner planner = Assignments.planner();

    @Test
    void shouldScheduleAroundSpringFestivalOnWorkingDaysOnly() {
        AssignmentView view = fixed(d(2026, 2, 25), d(2026, 1, 10));

        assertThat(planner.schedule(view, d(2026, 2, 1), d(2026, 3, 5)))
                .extracting(r -> r.key().kind(), r -> r.key().step(), PlannedReminder::fireOn)
                .containsExactly(
                        tuple(ReminderKind.BEFORE_DUE, 5, d(2026, 2, 11)),
                        tuple(ReminderKind.BEFORE_DUE, 1, d(2026, 2, 24)),
                        tuple(ReminderKind.DUE_TODAY, 0, d(2026, 2, 25)),
                        tuple(ReminderKind.OVERDUE, 1, d(2026, 2, 26)),
                        tuple(ReminderKind.OVERDUE, 2, d(2026, 3, 2)),
                        tuple(ReminderKind.OVERDUE, 3, d(2026, 3, 5)));
    }

    @Test
    void shouldFireOnAMakeUpSaturdayAtNineBeijingTime() {
        List<PlannedReminder> due = planner.dueOn(fixed(d(2026, 2, 27), d(2026, 1, 10)), d(2026, 2, 28));

        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.key().kind()).isEqualTo(ReminderKind.OVERDUE);
            assertThat(r.fireOn()).isEqualTo(d(2026, 2, 28));
            assertThat(r.fireAt()).isEqualTo(Instant.parse("2026-02-28T01:00:00Z"));
        });
    }

    @Test
    void shouldCountAMakeUpSaturdayAsAWorkingDayBeforeTheDueDate() {
        ReminderPlanner threeDays =
                new ReminderPlanner(ReminderPolicy.defaults().withBeforeDays(List.of(3)), TestCalendars.official());

        assertThat(threeDays.dueOn(fixed(d(2026, 3, 4), d(2026, 1, 10)), d(2026, 2, 28)))
                .extracting(PlannedReminder::key)
                .containsExactly(new ReminderKey("a-1", ReminderKind.BEFORE_DUE, d(2026, 3, 4), 3));
    }

    @Test
    void shouldEscalateToOfficeAfterFourthOverdueReminder() {
        AssignmentView view = fixed(d(2026, 3, 31), d(2026, 1, 10));

        assertThat(planner.schedule(view, d(2026, 4, 1), d(2026, 4, 20)))
                .extracting(
                        r -> r.key().step(), PlannedReminder::fireOn, PlannedReminder::target, r -> r.recipientUnitId())
                .containsExactly(
                        tuple(1, d(2026, 4, 1), EscalationTarget.UNIT, UNIT),
                        tuple(2, d(2026, 4, 7), EscalationTarget.UNIT, UNIT),
                        tuple(3, d(2026, 4, 10), EscalationTarget.LEAD_UNIT, LEAD),
                        tuple(4, d(2026, 4, 15), EscalationTarget.LEAD_UNIT, LEAD),
                        tuple(5, d(2026, 4, 20), EscalationTarget.OFFICE, null));
    }

    @Test
    void shouldGoStraightToTheOfficeWhenTheUnitLeadsItself() {
        AssignmentView selfLed = new AssignmentView(
                "a-1",
                UNIT,
                UNIT,
                AssignmentStatus.NOT_STARTED,
                DeadlineKind.FIXED,
                d(2026, 3, 31),
                null,
                d(2026, 1, 10),
                null);
        AssignmentView noLead = AssignmentView.of(
                "a-1",
                UNIT,
                null,
                AssignmentStatus.NOT_STARTED,
                new Deadline("3月底前", DeadlineKind.FIXED, d(2026, 3, 31), null),
                d(2026, 1, 10),
                null);

        assertThat(planner.dueOn(selfLed, d(2026, 4, 10)))
                .extracting(PlannedReminder::target)
                .containsExactly(EscalationTarget.OFFICE);
        assertThat(planner.dueOn(noLead, d(2026, 4, 10)))
                .extracting(PlannedReminder::recipientUnitId)
                .containsOnlyNulls();
    }

    @Test
    void shouldRemindOnTheLastWorkingDayWhenTheDueDateIsASunday() {
        AssignmentView mayEnd = fixed(d(2026, 5, 31), d(2026, 1, 10));

        assertThat(planner.schedule(mayEnd, d(2026, 5, 18), d(2026, 6, 1)))
                .extracting(r -> r.key().kind(), PlannedReminder::fireOn)
                .containsExactly(
                        tuple(ReminderKind.BEFORE_DUE, d(2026, 5, 22)),
                        tuple(ReminderKind.BEFORE_DUE, d(2026, 5, 28)),
                        tuple(ReminderKind.DUE_TODAY, d(2026, 5, 29)),
                        tuple(ReminderKind.OVERDUE, d(2026, 6, 1)));
    }

    @Test
    void shouldSkipNationalDayWhenRemindingBeforeADueDateAfterIt() {
        AssignmentView view = fixed(d(2026, 10, 9), d(2026, 1, 10));

        assertThat(planner.schedule(view, d(2026, 9, 1), d(2026, 10, 9)))
                .extracting(PlannedReminder::fireOn)
                .containsExactly(d(2026, 9, 24), d(2026, 10, 8), d(2026, 10, 9));
    }

    @Test
    void shouldHaveNoRemindersOnceCompletedOrWithoutADate() {
        AssignmentView overdue = fixed(d(2026, 3, 31), d(2026, 1, 10));
        AssignmentView unspecified =
                AssignmentView.of("a-1", UNIT, LEAD, AssignmentStatus.NOT_STARTED, null, d(2026, 1, 10), null);

        assertThat(planner.dueOn(overdue.withStatus(AssignmentStatus.COMPLETED), d(2026, 4, 20)))
                .isEmpty();
        assertThat(planner.nextFireAt(overdue.withStatus(AssignmentStatus.COMPLETED), Instant.EPOCH))
                .isEmpty();
        assertThat(planner.dueOn(unspecified, d(2026, 4, 20))).isEmpty();
        assertThat(planner.nextFireAt(unspecified, Instant.EPOCH)).isEmpty();
    }

    @Test
    void shouldNotIssueRemindersDatedBeforeTheAssignmentExisted() {
        AssignmentView lateComer = fixed(d(2026, 2, 25), d(2026, 2, 20));

        assertThat(planner.dueOn(lateComer, d(2026, 2, 20))).isEmpty();
        assertThat(planner.next(lateComer, Assignments.beijing(2026, 2, 20, 12, 0)))
                .extracting(r -> r.key().step(), PlannedReminder::fireOn)
                .containsExactly(tuple(1, d(2026, 2, 24)));
    }

    @Test
    void shouldFlagRemindersCountedOnTheWeekendsOnlyFallback() {
        LocalDate due2027 = d(2027, 1, 4);

        List<PlannedReminder> reminders = planner.schedule(fixed(due2027, d(2026, 6, 1)), d(2026, 12, 1), due2027);

        assertThat(reminders)
                .extracting(PlannedReminder::fireOn)
                .containsExactly(d(2026, 12, 28), d(2027, 1, 1), due2027);
        assertThat(reminders).extracting(PlannedReminder::officialCalendar).containsOnly(false);
        assertThat(planner.dueOn(fixed(d(2026, 12, 31), d(2026, 6, 1)), d(2026, 12, 31)))
                .extracting(PlannedReminder::officialCalendar)
                .containsExactly(true);
    }

    @Test
    void shouldDeriveAStableReminderIdFromTheKey() {
        ReminderKey key = new ReminderKey("a-1", ReminderKind.OVERDUE, d(2026, 3, 31), 5);

        assertThat(key.reminderId())
                .isEqualTo(new ReminderKey("a-1", ReminderKind.OVERDUE, d(2026, 3, 31), 5).reminderId())
                .isNotEqualTo(new ReminderKey("a-1", ReminderKind.OVERDUE, d(2026, 3, 31), 4).reminderId())
                .hasSize(36);
    }
}
