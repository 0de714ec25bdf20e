package org.taizhang.reminder.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.taizhang.reminder.schedule.Assignments.beijing;
import static org.taizhang.reminder.schedule.Assignments.d;
import static org.taizhang.reminder.schedule.Assignments.fixed;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.taizhang.events.reminder.ReminderKind;

class CatchUpAndNextFireTest {

    private final ReminderPlanner planner = Assignments.planner();

    /** Due 2026-03-31: overdue steps fire 4/1, 4/7 (after 清明), 4/10, 4/15, 4/20. */
    private final AssignmentView overdue = fixed(d(2026, 3, 31), d(2026, 1, 10));

    @Test
    void shouldIssueOnlyTheLatestStepAfterDowntime() {
        Instant lastTick = beijing(2026, 4, 1, 9, 0);
        Instant backUp = beijing(2026, 4, 10, 11, 0);

        assertThat(planner.dueAt(overdue, lastTick, backUp))
                .extracting(PlannedReminder::key)
                .containsExactly(new ReminderKey("a-1", ReminderKind.OVERDUE, d(2026, 3, 31), 3));
        assertThat(planner.dueOn(overdue, d(2026, 4, 9)))
                .extracting(r -> r.key().step())
                .containsExactly(2);
    }

    @Test
    void shouldNotIssueStaleEarlyRemindersOnceTheDueDateHasPassed() {
        AssignmentView springFestival = fixed(d(2026, 2, 25), d(2026, 1, 10));

        assertThat(planner.dueAt(springFestival, beijing(2026, 2, 10, 9, 0), beijing(2026, 2, 26, 10, 0)))
                .extracting(r -> r.key().kind(), r -> r.key().step())
                .containsExactly(tuple(ReminderKind.OVERDUE, 1));
    }

    @Test
    void shouldIssueNothingTwiceOnTheSameDay() {
        Instant firstTick = beijing(2026, 4, 10, 9, 0);

        assertThat(planner.dueAt(overdue, beijing(2026, 4, 7, 9, 0), firstTick)).hasSize(1);
        assertThat(planner.dueAt(overdue, firstTick, beijing(2026, 4, 10, 15, 0)))
                .isEmpty();
        assertThat(planner.dueOn(overdue, d(2026, 4, 10))).isEqualTo(planner.dueOn(overdue, d(2026, 4, 14)));
    }

    @Test
    void shouldWaitForTheLocalHourBeforeAReminderIsDue() {
        assertThat(planner.dueAt(overdue, beijing(2026, 4, 1, 9, 0), beijing(2026, 4, 7, 8, 59)))
                .isEmpty();
        assertThat(planner.dueAt(overdue, beijing(2026, 4, 1, 9, 0), beijing(2026, 4, 7, 9, 0)))
                .hasSize(1);
    }

    @Test
    void shouldGiveTheNextFireTimeOnAWorkingDayAtNine() {
        assertThat(planner.nextFireAt(overdue, beijing(2026, 4, 1, 9, 0)))
                .contains(Instant.parse("2026-04-07T01:00:00Z"));
        assertThat(planner.nextFireAt(overdue, beijing(2026, 4, 7, 8, 59)))
                .contains(Instant.parse("2026-04-07T01:00:00Z"));
        assertThat(planner.nextFireAt(overdue, beijing(2026, 4, 7, 9, 0)))
                .contains(Instant.parse("2026-04-10T01:00:00Z"));
    }

    @Test
    void shouldGiveTheFirstReminderAsNextFireTimeOfANewAssignment() {
        AssignmentView fresh = fixed(d(2026, 2, 25), d(2026, 1, 10));

        assertThat(planner.next(fresh, beijing(2026, 1, 10, 15, 0)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.key().kind()).isEqualTo(ReminderKind.BEFORE_DUE);
                    assertThat(r.fireAt()).isEqualTo(Instant.parse("2026-02-11T01:00:00Z"));
                });
    }

    @Test
    void shouldReturnAPastFireTimeWhenADeadlineMovesEarlierSoTheNextTickCatchesUp() {
        Instant lastTick = beijing(2026, 3, 24, 9, 0); // BEFORE_DUE 5 of the old 3/31 deadline
        Instant changedAt = beijing(2026, 3, 26, 10, 0);
        AssignmentView moved = fixed(d(2026, 3, 20), d(2026, 1, 10));

        Instant nextFireAt = planner.nextFireAt(moved, lastTick).orElseThrow();

        assertThat(nextFireAt).isEqualTo(beijing(2026, 3, 26, 9, 0)).isBefore(changedAt);
        assertThat(planner.dueAt(moved, lastTick, changedAt))
                .extracting(r -> r.key().dueDate(), r -> r.key().step())
                .containsExactly(tuple(d(2026, 3, 20), 2));
    }

    @Test
    void shouldMoveFromTheDueDayToTheFirstOverdueReminder() {
        AssignmentView view = fixed(d(2026, 3, 31), d(2026, 1, 10));

        assertThat(planner.next(view, beijing(2026, 3, 31, 9, 0)))
                .extracting(r -> r.key().kind())
                .containsExactly(ReminderKind.OVERDUE);
    }
}
