package org.taizhang.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.taizhang.reminder.ReminderFixture.beijing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.policy.EscalationTarget;
import org.taizhang.reminder.service.AssignmentTracker;
import org.taizhang.reminder.service.NotUrgeableException;
import org.taizhang.reminder.service.ReminderTick;
import org.taizhang.reminder.service.UrgeCommand;
import org.taizhang.reminder.service.UrgeCooldownException;
import org.taizhang.reminder.service.UrgeService;
import org.taizhang.reminder.service.Urged;

/** 催办 by hand at chosen instants: the escalation step in force, the cool-down, and the schedule left alone. */
@QuarkusTest
class UrgeServiceTest {

    private static final LocalDate MARCH_END = LocalDate.of(2026, 3, 31);
    private static final Instant CREATED = beijing(2026, 1, 10, 9, 0);

    @Inject
    ReminderFixture fixture;

    @Inject
    UrgeService urges;

    @Inject
    ReminderTick tick;

    @Inject
    AssignmentTracker tracker;

    @Test
    void shouldAddressAnUrgeAsTheOverdueReminderOfTheStepInForce() {
        NewAssignment responsible =
                NewAssignment.fixed("336201", ReminderFixture.unique("u-336201"), MARCH_END, CREATED);
        String lead = ReminderFixture.unique("lead-336201");
        fixture.track(NewAssignment.fixed("336201", lead, MARCH_END, CREATED)
                .inPlan(responsible.planId())
                .onTask(responsible.taskId())
                .as(UnitRole.LEAD, AssignmentStatus.IN_PROGRESS));
        String assignment = fixture.track(responsible);

        // Overdue steps fire on 4/1, 4/7, 4/10 (the lead unit's first), 4/15 and 4/20 (the office's).
        Reminder beforeStepOne = urge(assignment, beijing(2026, 4, 1, 8, 0)).reminder();
        Reminder stepTwo = urge(assignment, beijing(2026, 4, 8, 10, 0)).reminder();
        Reminder stepThree = urge(assignment, beijing(2026, 4, 10, 10, 0)).reminder();
        Reminder office = urge(assignment, beijing(2026, 4, 20, 10, 0)).reminder();

        assertThat(List.of(beforeStepOne, stepTwo, stepThree, office))
                .extracting(r -> r.kind, r -> r.step, r -> r.target, r -> r.recipientUnitId, r -> r.fireOn)
                .containsExactly(
                        tuple(
                                ReminderKind.OVERDUE,
                                1,
                                EscalationTarget.UNIT,
                                responsible.unitId(),
                                LocalDate.of(2026, 4, 1)),
                        tuple(
                                ReminderKind.OVERDUE,
                                2,
                                EscalationTarget.UNIT,
                                responsible.unitId(),
                                LocalDate.of(2026, 4, 8)),
                        tuple(ReminderKind.OVERDUE, 3, EscalationTarget.LEAD_UNIT, lead, LocalDate.of(2026, 4, 10)),
                        tuple(ReminderKind.OVERDUE, 5, EscalationTarget.OFFICE, null, LocalDate.of(2026, 4, 20)));
        assertThat(stepTwo.fireAt).isEqualTo(beijing(2026, 4, 8, 10, 0));
        assertThat(stepTwo.urgedBy).isEqualTo("office-clerk");
        assertThat(stepTwo.dueDate).isEqualTo(MARCH_END);
    }

    @Test
    void shouldLetTheOfficeUrgeAgainOnceTheCoolDownIsOver() {
        String assignment =
                fixture.track(NewAssignment.fixed("336202", ReminderFixture.unique("u-336202"), MARCH_END, CREATED));
        Instant first = beijing(2026, 4, 8, 10, 0);
        urge(assignment, first);

        assertThatThrownBy(() -> urge(assignment, first.plus(Duration.ofMinutes(59))))
                .isInstanceOfSatisfying(UrgeCooldownException.class, e -> {
                    assertThat(e.urgeableAt()).isEqualTo(first.plus(Duration.ofHours(1)));
                    assertThat(e.retryAfterSeconds()).isEqualTo(60);
                });
        assertThat(urge(assignment, first.plus(Duration.ofHours(1))).created()).isTrue();
        assertThat(fixture.reminders(assignment))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.urgedBy).isNotNull());
    }

    @Test
    void shouldIssueOneOfSimultaneousUrgesAndAnswerTheRestWithItOrTheCoolDown() throws Exception {
        String assignment =
                fixture.track(NewAssignment.fixed("336205", ReminderFixture.unique("u-336205"), MARCH_END, CREATED));
        Instant now = beijing(2026, 4, 8, 10, 0);
        UrgeCommand same = new UrgeCommand(assignment, "请报送", "clerk-retry-1");

        List<Object> outcomes = simultaneously(
                () -> urges.urge(same, "office-clerk", now),
                () -> urges.urge(same, "office-clerk", now),
                () -> urges.urge(new UrgeCommand(assignment, null, null), "office-clerk-2", now));

        // Whichever comes first is issued; the retry gets it back, or the cool-down when the other clerk came first.
        assertThat(fixture.reminders(assignment)).hasSize(1);
        UUID issued = fixture.reminders(assignment).get(0).id;
        assertThat(outcomes)
                .allSatisfy(o -> assertThat(o).isInstanceOfAny(Urged.class, UrgeCooldownException.class))
                .filteredOn(Urged.class::isInstance)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(((Urged) o).reminder().id).isEqualTo(issued));
        assertThat(ReminderFixture.issuedEvents(List.of(assignment))).isEqualTo(1);
    }

    @Test
    void shouldLeaveTheScheduledRemindersToTheirSchedule() {
        String assignment =
                fixture.track(NewAssignment.fixed("336203", ReminderFixture.unique("u-336203"), MARCH_END, CREATED));
        tick.tick(beijing(2026, 4, 1, 9, 30));
        urge(assignment, beijing(2026, 4, 7, 8, 0));

        tick.tick(beijing(2026, 4, 7, 9, 30));

        assertThat(fixture.reminders(assignment))
                .extracting(r -> r.step, r -> r.urgedBy)
                .containsExactly(tuple(1, null), tuple(1, "office-clerk"), tuple(2, null));
        assertThat(ReminderFixture.issuedEvents(List.of(assignment))).isEqualTo(3);
    }

    @Test
    void shouldRefuseACancelledAssignment() {
        String assignment =
                fixture.track(NewAssignment.fixed("336204", ReminderFixture.unique("u-336204"), MARCH_END, CREATED));
        ReminderFixture.inTx(() -> {
            tracker.apply(new AssignmentCancelled(assignment, null, null, null, "task withdrawn", CREATED));
            return null;
        });

        assertThatThrownBy(() -> urge(assignment, beijing(2026, 4, 8, 10, 0)))
                .isInstanceOf(NotUrgeableException.class)
                .hasMessageContaining("was cancelled");
        assertThat(fixture.reminders(assignment)).isEmpty();
    }

    /** Runs the calls at once; each result is what it returned or the exception it threw. */
    private static List<Object> simultaneously(Callable<?>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> running = new ArrayList<>();
        for (Callable<?> call : calls) {
            running.add(pool.submit(() -> {
                start.await();
                try {
                    return call.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : running) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return outcomes;
    }

    private Urged urge(String assignment, Instant now) {
        return urges.urge(new UrgeCommand(assignment, null, null), "office-clerk", now);
    }
}
