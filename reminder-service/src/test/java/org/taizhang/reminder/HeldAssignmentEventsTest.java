package org.taizhang.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reminder.ReminderFixture.beijing;
import static org.taizhang.reminder.ReminderFixture.held;
import static org.taizhang.reminder.ReminderFixture.inTx;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.messaging.AssignmentEventsConsumer;
import org.taizhang.reminder.service.HeldEventSweep;
import org.taizhang.reminder.service.HeldEvents;
import org.taizhang.reminder.service.ReceivedEvent;
import org.taizhang.testsupport.Polls;

/**
 * Events that overtook their assignment's creation (a batch keyed by the task, on another partition): held, then
 * applied in the order received when the creation comes, once; dropped when it never comes.
 */
@QuarkusTest
class HeldAssignmentEventsTest {

    private static final Instant CREATED = beijing(2026, 1, 10, 10, 0);
    private static final LocalDate MARCH_END = LocalDate.of(2026, 3, 31);
    private static final LocalDate JUNE_END = LocalDate.of(2026, 6, 30);
    private static final String PROGRESS = "taizhang.progress.reported.v1";
    private static final String STATUS = "taizhang.assignment.status-changed.v1";

    @Inject
    AssignmentEventsConsumer consumer;

    @Inject
    ReminderFixture fixture;

    @Inject
    HeldEvents heldEvents;

    @Inject
    HeldEventSweep sweep;

    @Test
    void shouldApplyAProgressReportThatOvertookItsAssignmentsCreation() {
        NewAssignment ongoing = ongoing();
        NewAssignment other = ongoing().inPlan(ongoing.planId()).onTask(ongoing.taskId());

        consume(AssignmentEventsConsumerTest.progress(ongoing, beijing(2026, 3, 5, 16, 0)));
        assertThat(fixture.tracked(ongoing.id())).isNull();
        assertThat(held(ongoing.id())).containsExactly(PROGRESS);

        consume(NewAssignment.batch(List.of(ongoing, other)));

        TrackedAssignment tracked = fixture.tracked(ongoing.id());
        assertThat(tracked.lastReportAt).isEqualTo(beijing(2026, 3, 5, 16, 0));
        assertThat(tracked.nextFireAt)
                .as("reported for the first quarter: the second quarter's is next")
                .isEqualTo(Instant.parse("2026-06-30T01:00:00Z"));
        assertThat(tracked.version).as("inserted once, as it ended up").isZero();
        assertThat(fixture.tracked(other.id()).nextFireAt).isEqualTo(Instant.parse("2026-03-31T01:00:00Z"));
        assertThat(held(ongoing.id())).isEmpty();
    }

    @Test
    void shouldApplyEventsHeldOverSeveralPollsInTheOrderReceived() {
        NewAssignment completed = fixed();
        NewAssignment cancelled = fixed().inPlan(completed.planId()).onTask(completed.taskId());
        NewAssignment untouched = fixed().inPlan(completed.planId()).onTask(completed.taskId());

        consume(AssignmentPollTest.deadlineChanged(completed));
        consume(AssignmentPollTest.status(completed, AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS));
        consume(cancel(cancelled));
        // Applied in another order, the completion would be undone by the start of work.
        consume(AssignmentPollTest.status(completed, AssignmentStatus.IN_PROGRESS, AssignmentStatus.COMPLETED));
        consume(NewAssignment.batch(List.of(completed, cancelled, untouched)));

        TrackedAssignment done = fixture.tracked(completed.id());
        assertThat(done.dueDate).isEqualTo(JUNE_END);
        assertThat(done.status).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(done.nextFireAt).as("nothing to remind of once completed").isNull();
        assertThat(fixture.tracked(cancelled.id()).cancelled()).isTrue();
        assertThat(fixture.tracked(cancelled.id()).nextFireAt).isNull();
        assertThat(fixture.tracked(untouched.id()).nextFireAt).isEqualTo(Instant.parse("2026-03-24T01:00:00Z"));
        assertThat(List.of(completed, cancelled, untouched))
                .allSatisfy(a -> assertThat(held(a.id())).isEmpty());
    }

    @Test
    void shouldApplyAnEventThatOvertookItsCreationInTheSamePollWithoutHoldingIt() {
        NewAssignment a = fixed();

        consumer.consume(Polls.of(AssignmentPollTest.records(
                List.of(AssignmentPollTest.deadlineChanged(a), NewAssignment.batch(List.of(a))))));

        assertThat(fixture.tracked(a.id()).dueDate).isEqualTo(JUNE_END);
        assertThat(held(a.id())).isEmpty();
    }

    @Test
    void shouldApplyAHeldEventOnceWhenItIsRedelivered() {
        NewAssignment a = fixed();
        ProducerRecord<String, String> completed =
                record(AssignmentPollTest.status(a, AssignmentStatus.NOT_STARTED, AssignmentStatus.COMPLETED));
        ProducerRecord<String, String> batch = record(NewAssignment.batch(List.of(a)));

        consumer.consume(Polls.of(List.of(completed)));
        consumer.consume(Polls.of(List.of(completed)));
        assertThat(held(a.id())).as("held once").containsExactly(STATUS);

        consumer.consume(Polls.of(List.of(batch)));
        consume(AssignmentPollTest.status(a, AssignmentStatus.COMPLETED, AssignmentStatus.IN_PROGRESS));
        TrackedAssignment reopened = fixture.tracked(a.id());
        consumer.consume(Polls.of(List.of(completed, batch)));

        TrackedAssignment after = fixture.tracked(a.id());
        assertThat(after.status)
                .as("the completion applied again would undo the reopening")
                .isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(after.version).isEqualTo(reopened.version);
        assertThat(held(a.id())).isEmpty();
    }

    @Test
    void shouldPurgeOnlyEventsHeldLongerThanTheMaxAge() {
        NewAssignment old = fixed();
        NewAssignment recent = fixed();
        consume(AssignmentEventsConsumerTest.progress(old, beijing(2026, 2, 2, 15, 0)));
        consume(AssignmentEventsConsumerTest.progress(recent, beijing(2026, 2, 2, 15, 0)));
        ReminderFixture.ageHeld(old.id(), Duration.ofDays(31));
        ReminderFixture.ageHeld(recent.id(), Duration.ofDays(29));

        assertThat(sweep.purge(Instant.now())).isPositive();

        assertThat(held(old.id())).isEmpty();
        assertThat(held(recent.id())).containsExactly(PROGRESS);
    }

    @Test
    void shouldApplyEventsHeldWhileAnotherReplicaCreatedTheirAssignment() {
        NewAssignment a = fixed();
        fixture.track(a);
        hold(AssignmentPollTest.status(a, AssignmentStatus.NOT_STARTED, AssignmentStatus.COMPLETED));

        sweep.applyToTracked();

        assertThat(fixture.tracked(a.id()).status).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(held(a.id())).isEmpty();
    }

    @Test
    void shouldApplyEventsHeldForATrackedAssignmentBeforeItsNextEvent() {
        NewAssignment a = fixed();
        fixture.track(a);
        hold(AssignmentPollTest.status(a, AssignmentStatus.NOT_STARTED, AssignmentStatus.COMPLETED));

        consume(AssignmentPollTest.status(a, AssignmentStatus.COMPLETED, AssignmentStatus.IN_PROGRESS));

        assertThat(fixture.tracked(a.id()).status).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(held(a.id())).isEmpty();
    }

    /** Holds the event as a replica that did not see its assignment's row yet did. */
    private void hold(DomainEvent event) {
        inTx(() -> {
            heldEvents.hold(List.of(new ReceivedEvent(UUID.randomUUID().toString(), event)));
            return null;
        });
    }

    private void consume(DomainEvent event) {
        consumer.consume(Polls.of(List.of(record(event))));
    }

    private static ProducerRecord<String, String> record(DomainEvent event) {
        return AssignmentPollTest.records(List.of(event)).get(0);
    }

    private static AssignmentCancelled cancel(NewAssignment a) {
        return new AssignmentCancelled(a.id(), a.planId(), a.taskId(), a.unitId(), "任务撤回", beijing(2026, 3, 2, 10, 0));
    }

    private static NewAssignment fixed() {
        return NewAssignment.fixed("339901", ReminderFixture.unique("u-3399"), MARCH_END, CREATED);
    }

    private static NewAssignment ongoing() {
        return new NewAssignment(
                UUID.randomUUID().toString(),
                ReminderFixture.unique("p"),
                ReminderFixture.unique("t"),
                ReminderFixture.unique("u-3399"),
                "339901",
                UnitRole.RESPONSIBLE,
                new Deadline("持续推进", DeadlineKind.ONGOING, null, null),
                AssignmentStatus.ONGOING,
                CREATED);
    }
}
