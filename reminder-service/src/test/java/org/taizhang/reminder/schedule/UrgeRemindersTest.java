package org.taizhang.reminder.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reminder.schedule.Assignments.LEAD;
import static org.taizhang.reminder.schedule.Assignments.UNIT;
import static org.taizhang.reminder.schedule.Assignments.beijing;
import static org.taizhang.reminder.schedule.Assignments.d;
import static org.taizhang.reminder.schedule.Assignments.fixed;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.policy.EscalationTarget;

class UrgeRemindersTest {

    private final ReminderPlanner planner = Assignments.planner();

    @Test
    void shouldUrgeAtTheStepTheAutomaticRemindersReachedGoingOutAtOnce() {
        Instant now = beijing(2026, 4, 8, 14, 25);

        assertThat(planner.urgeAt(fixed(d(2026, 3, 31), d(2026, 1, 10)), now)).hasValueSatisfying(r -> {
            assertThat(r.key()).isEqualTo(new ReminderKey("a-1", ReminderKind.OVERDUE, d(2026, 3, 31), 2));
            assertThat(r.fireOn()).isEqualTo(d(2026, 4, 8));
            assertThat(r.fireAt()).isEqualTo(now);
            assertThat(r.target()).isEqualTo(EscalationTarget.UNIT);
            assertThat(r.recipientUnitId()).isEqualTo(UNIT);
            assertThat(r.officialCalendar()).isTrue();
        });
    }

    @Test
    void shouldCountOnlyTheStepsThatHaveFiredByNow() {
        // Step 3, the lead unit's first, fires on 4/10 at 9:00; an urge an hour earlier is still step 2.
        assertThat(planner.urgeAt(fixed(d(2026, 3, 31), d(2026, 1, 10)), beijing(2026, 4, 10, 8, 0)))
                .hasValueSatisfying(r -> assertThat(r.key().step()).isEqualTo(2));
        assertThat(planner.urgeAt(fixed(d(2026, 3, 31), d(2026, 1, 10)), beijing(2026, 4, 10, 9, 0)))
                .hasValueSatisfying(r -> {
                    assertThat(r.key().step()).isEqualTo(3);
                    assertThat(r.target()).isEqualTo(EscalationTarget.LEAD_UNIT);
                    assertThat(r.recipientUnitId()).isEqualTo(LEAD);
                });
    }

    @Test
    void shouldUrgeAsTheFirstOverdueReminderBeforeAnyHasFired() {
        // Due on Friday 4/3 before the Qingming holiday: the first overdue reminder waits for Tuesday 4/7.
        assertThat(planner.urgeAt(fixed(d(2026, 4, 3), d(2026, 1, 10)), beijing(2026, 4, 5, 11, 0)))
                .hasValueSatisfying(r -> {
                    assertThat(r.key().step()).isEqualTo(1);
                    assertThat(r.fireOn()).isEqualTo(d(2026, 4, 5));
                    assertThat(r.target()).isEqualTo(EscalationTarget.UNIT);
                });
    }

    @Test
    void shouldNotUrgeWorkThatIsNotOverdue() {
        AssignmentView due = fixed(d(2026, 3, 31), d(2026, 1, 10));

        assertThat(planner.urgeAt(due, beijing(2026, 3, 31, 23, 59))).isEmpty();
        assertThat(planner.urgeAt(due.withStatus(AssignmentStatus.COMPLETED), beijing(2026, 4, 8, 10, 0)))
                .isEmpty();
        assertThat(planner.urgeAt(Assignments.ongoing(Cadence.MONTHLY, d(2026, 1, 10)), beijing(2026, 4, 8, 10, 0)))
                .isEmpty();
    }

    @Test
    void shouldGoToTheOfficeWhereTheLeadUnitWouldButTheUnitLeadsItself() {
        AssignmentView selfLed = new AssignmentView(
                "a-1",
                UNIT,
                UNIT,
                AssignmentStatus.IN_PROGRESS,
                DeadlineKind.FIXED,
                d(2026, 3, 31),
                null,
                d(2026, 1, 10),
                null);

        assertThat(planner.urgeAt(selfLed, beijing(2026, 4, 10, 10, 0))).hasValueSatisfying(r -> {
            assertThat(r.target()).isEqualTo(EscalationTarget.OFFICE);
            assertThat(r.recipientUnitId()).isNull();
        });
    }
}
