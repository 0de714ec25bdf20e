package org.taizhang.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.taizhang.reminder.ReminderFixture.beijing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.service.ReminderTick;
import org.taizhang.testsupport.TopicProbe;

/** Assignment events sent to Kafka: tracked idempotently, rescheduled, stopped when completed or cancelled. */
@QuarkusTest
class AssignmentEventsConsumerTest {

    private static final String REGION = "339901";
    private static final LocalDate MARCH_END = LocalDate.of(2026, 3, 31);
    private static final Deadline JUNE_END = new Deadline("6月底前", DeadlineKind.FIXED, LocalDate.of(2026, 6, 30), null);
    private static final Instant CREATED = beijing(2026, 1, 10, 10, 0);

    /** Five working days before 2026-03-31 and 2026-06-30, at 09:00 Beijing time. */
    private static final Instant FIVE_DAYS_BEFORE_MARCH_END = Instant.parse("2026-03-24T01:00:00Z");

    private static final Instant FIVE_DAYS_BEFORE_JUNE_END = Instant.parse("2026-06-23T01:00:00Z");

    @Inject
    ReminderFixture fixture;

    @Inject
    ReminderTick tick;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldApplyARedeliveredEventOnlyOnce() {
        NewAssignment assignment = assignment();
        EventEnvelope created = envelope(assignment.event());
        send(created);
        TrackedAssignment tracked = awaitTracked(assignment.id(), a -> true);
        assertThat(tracked.nextFireAt).isEqualTo(FIVE_DAYS_BEFORE_MARCH_END);
        assertThat(tracked.regionCode).isEqualTo(REGION);

        send(envelope(deadlineChanged(assignment)));
        long versionAfterChange =
                awaitTracked(assignment.id(), a -> JUNE_END.dueDate().equals(a.dueDate)).version;

        send(created);
        send(envelope(progress(assignment, beijing(2026, 2, 2, 15, 0), beijing(2026, 2, 9, 15, 0))));
        TrackedAssignment after = awaitTracked(assignment.id(), a -> a.lastReportAt != null);
        assertThat(after.lastReportAt)
                .as("a report counts from when Taizhang received it, not from the date it claims")
                .isEqualTo(beijing(2026, 2, 9, 15, 0));
        assertThat(after.dueDate)
                .as("the redelivered creation is not applied again")
                .isEqualTo(JUNE_END.dueDate());
        assertThat(after.version).isEqualTo(versionAfterChange + 1);
        assertThat(after.nextFireAt).isEqualTo(FIVE_DAYS_BEFORE_JUNE_END);
    }

    @Test
    void shouldStopRemindingACompletedOrCancelledAssignment() {
        NewAssignment completed = assignment();
        NewAssignment cancelled = assignment();
        send(envelope(completed.event()));
        send(envelope(cancelled.event()));
        send(envelope(new AssignmentStatusChanged(
                completed.id(),
                completed.planId(),
                completed.taskId(),
                completed.unitId(),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.COMPLETED,
                "unit-user",
                beijing(2026, 3, 2, 10, 0))));
        send(envelope(new AssignmentCancelled(
                cancelled.id(),
                cancelled.planId(),
                cancelled.taskId(),
                cancelled.unitId(),
                "任务撤回",
                beijing(2026, 3, 2, 10, 0))));

        assertThat(awaitTracked(completed.id(), a -> a.status == AssignmentStatus.COMPLETED).nextFireAt)
                .isNull();
        assertThat(awaitTracked(cancelled.id(), TrackedAssignment::cancelled).nextFireAt)
                .isNull();
        tick.tick(beijing(2026, 4, 10, 10, 0));
        assertThat(fixture.reminders(completed.id())).isEmpty();
        assertThat(fixture.reminders(cancelled.id())).isEmpty();
    }

    @Test
    void shouldRescheduleOnADeadlineChangeAndRemindOfTheNewDate() {
        NewAssignment assignment = assignment();
        send(envelope(assignment.event()));
        awaitTracked(assignment.id(), a -> true);
        send(envelope(deadlineChanged(assignment)));
        assertThat(awaitTracked(assignment.id(), a -> JUNE_END.dueDate().equals(a.dueDate)).nextFireAt)
                .isEqualTo(FIVE_DAYS_BEFORE_JUNE_END);

        tick.tick(beijing(2026, 3, 24, 10, 0));
        assertThat(fixture.reminders(assignment.id()))
                .as("nothing for the old date")
                .isEmpty();

        tick.tick(beijing(2026, 6, 23, 10, 0));
        assertThat(fixture.reminders(assignment.id())).singleElement().satisfies(r -> {
            assertThat(r.kind).isEqualTo(ReminderKind.BEFORE_DUE);
            assertThat(r.step).isEqualTo(5);
            assertThat(r.dueDate).isEqualTo(JUNE_END.dueDate());
        });
        assertThat(fixture.tracked(assignment.id()).nextFireAt).isAfter(beijing(2026, 6, 23, 10, 0));
    }

    @Test
    void shouldMoveTheNextReportReminderOnceProgressIsReported() {
        NewAssignment ongoing = new NewAssignment(
                ReminderFixture.unique("a"),
                ReminderFixture.unique("p"),
                ReminderFixture.unique("t"),
                ReminderFixture.unique("u-3399"),
                REGION,
                UnitRole.RESPONSIBLE,
                new Deadline("持续推进", DeadlineKind.ONGOING, null, null),
                AssignmentStatus.ONGOING,
                CREATED);
        send(envelope(ongoing.event()));
        assertThat(awaitTracked(ongoing.id(), a -> true).nextFireAt)
                .as("the first quarter's report is due on its last working day")
                .isEqualTo(Instant.parse("2026-03-31T01:00:00Z"));

        send(envelope(progress(ongoing, beijing(2026, 3, 5, 16, 0))));
        assertThat(awaitTracked(ongoing.id(), a -> a.lastReportAt != null).nextFireAt)
                .as("reported for the first quarter: the second quarter's is next")
                .isEqualTo(Instant.parse("2026-06-30T01:00:00Z"));
    }

    private NewAssignment assignment() {
        return NewAssignment.fixed(REGION, ReminderFixture.unique("u-3399"), MARCH_END, CREATED);
    }

    private static AssignmentDeadlineChanged deadlineChanged(NewAssignment a) {
        return new AssignmentDeadlineChanged(
                a.id(), a.planId(), a.taskId(), a.unitId(), a.deadline(), JUNE_END, beijing(2026, 2, 1, 10, 0));
    }

    static ProgressReported progress(NewAssignment a, Instant at) {
        return progress(a, at, at);
    }

    static ProgressReported progress(NewAssignment a, Instant reportedAt, Instant receivedAt) {
        return new ProgressReported(
                ReminderFixture.unique("r"),
                a.id(),
                a.planId(),
                a.taskId(),
                a.unitId(),
                AssignmentStatus.IN_PROGRESS,
                "已起草",
                List.of(),
                "unit-user",
                "UNIT",
                null,
                reportedAt,
                receivedAt,
                List.of());
    }

    private TrackedAssignment awaitTracked(String id, Predicate<TrackedAssignment> condition) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> fixture.tracked(id), a -> a != null && condition.test(a));
    }

    private static EventEnvelope envelope(DomainEvent event) {
        return EventEnvelope.wrap(event, "/taizhang/assignment-service", EventCodec.instance());
    }

    private void send(EventEnvelope envelope) {
        new TopicProbe(bootstrapServers)
                .send(List.<ProducerRecord<String, String>>of(CloudEventHeaders.toRecord(envelope)));
    }
}
