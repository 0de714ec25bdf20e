package org.taizhang.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reminder.ReminderFixture.beijing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.messaging.AssignmentEventsConsumer;
import org.taizhang.testsupport.Polls;
import org.taizhang.testsupport.SqlLog;

/** Whole polls handed to the consumer as Kafka would: each event once, in order, at a cost that does not grow per event. */
@QuarkusTest
class AssignmentPollTest {

    private static final Instant CREATED = beijing(2026, 1, 10, 10, 0);
    private static final Deadline JUNE_END = new Deadline("6月底前", DeadlineKind.FIXED, LocalDate.of(2026, 6, 30), null);

    @Inject
    AssignmentEventsConsumer consumer;

    @Inject
    ReminderFixture fixture;

    @Test
    void shouldLockAPollsAssignmentsInOneStatementWhateverTheNumberOfEvents() {
        String plan = ReminderFixture.unique("p");
        List<NewAssignment> few = track(2, plan);
        List<NewAssignment> many = track(40, plan);

        List<String> forFew =
                SqlLog.during(() -> consume(few.stream().map(a -> progress(a)).toList()));
        // Two events each: the second finds its row locked in the session already, without a second select.
        List<String> forMany = SqlLog.during(() -> consume(
                many.stream().flatMap(a -> Stream.of(progress(a), progress(a))).toList()));

        assertThat(forMany).as("statements for 80 events, as for 2").hasSameSizeAs(forFew);
        assertThat(forMany)
                .filteredOn(sql -> sql.contains("tracked_assignment") && sql.contains(" for "))
                .as("one locking select, none per event")
                .hasSize(1);
        assertThat(many)
                .allSatisfy(
                        a -> assertThat(fixture.tracked(a.id()).lastReportAt).isNotNull());
    }

    @Test
    void shouldInsertEachNewAssignmentScheduledWithoutUpdatingItAfterwards() {
        String plan = ReminderFixture.unique("p");
        List<NewAssignment> created =
                IntStream.range(0, 5).mapToObj(i -> fixed().inPlan(plan)).toList();

        List<String> statements = SqlLog.during(
                () -> consume(created.stream().map(NewAssignment::event).toList()));

        assertThat(statements)
                .filteredOn(sql -> sql.startsWith("update tracked_assignment"))
                .as("a fan-out's rows are written once, with their schedule")
                .isEmpty();
        assertThat(created).allSatisfy(a -> {
            TrackedAssignment tracked = fixture.tracked(a.id());
            assertThat(tracked.nextFireAt).isNotNull();
            assertThat(tracked.updatedAt).isEqualTo(CREATED);
        });
    }

    @Test
    void shouldApplyAPollsEventsOfOneAssignmentInOrderAndHoldThoseOfUntrackedOnes() {
        NewAssignment a = fixed();
        NewAssignment untracked = fixed();

        consume(List.of(
                a.event(),
                progress(untracked),
                deadlineChanged(a),
                status(a, AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS),
                status(a, AssignmentStatus.IN_PROGRESS, AssignmentStatus.COMPLETED)));

        TrackedAssignment tracked = fixture.tracked(a.id());
        assertThat(tracked.dueDate).isEqualTo(JUNE_END.dueDate());
        assertThat(tracked.status).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(tracked.nextFireAt).as("nothing to remind of once completed").isNull();
        assertThat(fixture.tracked(untracked.id())).isNull();
        assertThat(ReminderFixture.held(untracked.id()))
                .as("kept for when its creation comes")
                .containsExactly("taizhang.progress.reported.v1");
    }

    @Test
    void shouldCreateABatchsAssignmentsWithTheStatementsOfOneWhateverItsSize() {
        String plan = ReminderFixture.unique("p");
        List<NewAssignment> few = onOneTask(2, plan);
        List<NewAssignment> many = onOneTask(60, plan);
        List<NewAssignment> singles = onOneTask(60, plan);

        List<String> forFew = SqlLog.during(() -> consume(List.of(NewAssignment.batch(few))));
        List<String> forMany = SqlLog.during(() -> consume(List.of(NewAssignment.batch(many))));
        List<String> forSingles = SqlLog.during(
                () -> consume(singles.stream().map(NewAssignment::event).toList()));

        assertThat(forMany).as("statements for 60 assignments, as for 2").hasSameSizeAs(forFew);
        assertThat(forMany)
                .as("no more than for the same assignments one event each")
                .hasSizeLessThanOrEqualTo(forSingles.size());
        assertThat(forMany)
                .filteredOn(sql -> sql.contains("held_assignment_event"))
                .as("one look for held events, which finds none and holds none")
                .singleElement()
                .satisfies(sql -> assertThat(sql).contains("any("));
        assertThat(forMany)
                .filteredOn(sql -> sql.startsWith("update tracked_assignment"))
                .isEmpty();
        assertThat(many).allSatisfy(a -> {
            TrackedAssignment tracked = fixture.tracked(a.id());
            assertThat(tracked.nextFireAt).isNotNull();
            assertThat(tracked.version).isZero();
        });
    }

    @Test
    void shouldApplyNothingOfARedeliveredPoll() {
        NewAssignment a = fixed();
        List<ProducerRecord<String, String>> poll = records(List.of(a.event(), deadlineChanged(a)));
        consumer.consume(Polls.of(poll));
        TrackedAssignment before = fixture.tracked(a.id());

        consumer.consume(Polls.of(poll));

        TrackedAssignment after = fixture.tracked(a.id());
        assertThat(after.version).isEqualTo(before.version);
        assertThat(after.updatedAt).isEqualTo(before.updatedAt);
    }

    @Test
    void shouldApplyAnEventRedeliveredInTheSamePollOnce() {
        NewAssignment a = fixed();
        consume(List.of(a.event()));
        ProducerRecord<String, String> completed = records(
                        List.of(status(a, AssignmentStatus.NOT_STARTED, AssignmentStatus.COMPLETED)))
                .get(0);
        ProducerRecord<String, String> reopened = records(
                        List.of(status(a, AssignmentStatus.COMPLETED, AssignmentStatus.IN_PROGRESS)))
                .get(0);

        // Applied twice, the second completion would undo the reopening between them.
        consumer.consume(Polls.of(List.of(completed, reopened, completed)));

        assertThat(fixture.tracked(a.id()).status).isEqualTo(AssignmentStatus.IN_PROGRESS);
    }

    private List<NewAssignment> track(int count, String plan) {
        List<NewAssignment> assignments = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> assignments.add(fixed().inPlan(plan)));
        consume(assignments.stream().<DomainEvent>map(NewAssignment::event).toList());
        return assignments;
    }

    private static List<NewAssignment> onOneTask(int count, String plan) {
        String task = ReminderFixture.unique("t");
        return IntStream.range(0, count)
                .mapToObj(i -> fixed().inPlan(plan).onTask(task))
                .toList();
    }

    private void consume(List<? extends DomainEvent> events) {
        consumer.consume(Polls.of(records(events)));
    }

    private static NewAssignment fixed() {
        return NewAssignment.fixed("339901", ReminderFixture.unique("u-3399"), LocalDate.of(2026, 3, 31), CREATED);
    }

    static List<ProducerRecord<String, String>> records(List<? extends DomainEvent> events) {
        return events.stream()
                .map(e -> EventEnvelope.wrap(e, "/taizhang/assignment-service", EventCodec.instance()))
                .map(CloudEventHeaders::toRecord)
                .toList();
    }

    static ProgressReported progress(NewAssignment a) {
        return AssignmentEventsConsumerTest.progress(a, beijing(2026, 2, 2, 15, 0));
    }

    static AssignmentDeadlineChanged deadlineChanged(NewAssignment a) {
        return new AssignmentDeadlineChanged(
                a.id(), a.planId(), a.taskId(), a.unitId(), a.deadline(), JUNE_END, beijing(2026, 2, 1, 10, 0));
    }

    static AssignmentStatusChanged status(NewAssignment a, AssignmentStatus from, AssignmentStatus to) {
        return new AssignmentStatusChanged(
                a.id(), a.planId(), a.taskId(), a.unitId(), from, to, "unit-user", beijing(2026, 3, 2, 10, 0));
    }
}
