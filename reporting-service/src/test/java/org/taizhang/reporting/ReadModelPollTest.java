package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.reporting.entity.Assignment;
import org.taizhang.reporting.entity.ProgressReport;
import org.taizhang.reporting.entity.Reminder;
import org.taizhang.reporting.entity.StatusChange;
import org.taizhang.reporting.messaging.ReadModelConsumer;
import org.taizhang.testsupport.Polls;
import org.taizhang.testsupport.SqlLog;

/** Whole polls handed to the consumer as Kafka would: each event once, in order, at a cost that does not grow per event. */
@QuarkusTest
class ReadModelPollTest {

    @Inject
    ReadModelConsumer consumer;

    @Test
    void shouldLookUpAPollsRowsInOneQueryPerTableWhateverTheNumberOfEvents() {
        PlanScenario few = scenario(2);
        PlanScenario many = scenario(40);
        consume(few.created());
        consume(many.created());

        List<String> forFew = SqlLog.during(() -> consume(reports(few)));
        // Two events each: the second finds its row locked in the session already, without a second select.
        List<String> forMany = SqlLog.during(() -> consume(
                Stream.concat(reports(many).stream(), reports(many).stream()).toList()));

        assertThat(forMany).as("statements for 80 events, as for 2").hasSameSizeAs(forFew);
        assertThat(forMany)
                .filteredOn(sql -> sql.contains(" for "))
                .as("one locking select per table (assignments, their plans' versions), none per event")
                .hasSize(2)
                .anySatisfy(sql -> assertThat(sql).startsWith("select * from assignment"))
                .anySatisfy(sql -> assertThat(sql).contains("from plan"));
        assertThat(inTx(() -> ProgressReport.count("planId", many.planId))).isEqualTo(80);
    }

    @Test
    void shouldWriteABatchOfNewAssignmentsWithoutAStatementPerAssignment() {
        PlanScenario few = fanOut(2);
        PlanScenario many = fanOut(AssignmentsCreated.MAX_ASSIGNMENTS);
        PlanScenario singles = fanOut(AssignmentsCreated.MAX_ASSIGNMENTS);
        // Some assignments' later events overtook their creation: the batch completes their stubs.
        Stream.of(few, many, singles).forEach(plan -> consume(overtaking(plan, plan == few ? 1 : 50)));

        List<String> forFew = SqlLog.during(() -> consume(few.batches()));
        List<String> forMany = SqlLog.during(() -> consume(many.batches()));
        List<String> forSingles = SqlLog.during(() -> consume(singles.created()));

        assertThat(forMany).as("statements for a batch of 500, as for one of 2").hasSameSizeAs(forFew);
        assertThat(forMany).as("no more than its single events cost").hasSizeLessThanOrEqualTo(forSingles.size());
        assertThat(forMany)
                .filteredOn(sql -> sql.contains(" for "))
                .as("one locking select per table (assignments, their plans' versions), none per assignment")
                .hasSize(2)
                .anySatisfy(sql -> assertThat(sql).startsWith("select * from assignment"));
        assertThat(inTx(() -> Assignment.count("planId = ?1 and created = true", many.planId)))
                .isEqualTo(AssignmentsCreated.MAX_ASSIGNMENTS);
        assertThat(inTx(() ->
                        Assignment.count("planId = ?1 and status = ?2", many.planId, AssignmentStatus.IN_PROGRESS)))
                .as("the stubs' status, from the events that overtook the batch")
                .isEqualTo(50);
    }

    @Test
    void shouldInsertEachNewAssignmentWholeWithoutUpdatingItAfterwards() {
        PlanScenario plan = scenario(5);

        List<String> statements = SqlLog.during(() -> consume(plan.created()));

        assertThat(statements)
                .filteredOn(sql -> sql.startsWith("update assignment "))
                .as("a fan-out's rows are written once, filled in")
                .isEmpty();
        assertThat(plan.created()).allSatisfy(event -> {
            Assignment stored = inTx(() -> Assignment.findById(event.assignmentId()));
            assertThat(stored.created).isTrue();
            assertThat(stored.unitName).isEqualTo(event.unitName());
            assertThat(stored.assignedAt).isNotNull();
        });
    }

    @Test
    void shouldInsertAPollsNewAssignmentWithWhatTheLaterEventsOfThePollMadeOfIt() {
        PlanScenario plan = scenario(1);
        AssignmentCreated created = plan.created().get(0);
        String id = created.assignmentId();
        Instant reportedAt = Instant.parse("2026-03-02T08:30:00.123456Z");

        consume(List.of(
                created,
                plan.report(id, AssignmentStatus.IN_PROGRESS, "已起草", "https://gov.example/1", reportedAt),
                plan.reminder(id, ReminderKind.BEFORE_DUE)));

        Assignment stored = inTx(() -> Assignment.findById(id));
        assertThat(List.of(stored.planId, stored.taskId, stored.taskNumber, stored.taskTitle))
                .containsExactly(created.planId(), created.taskId(), created.taskNumber(), created.taskTitle());
        assertThat(List.of(stored.unitId, stored.unitName, stored.regionCode))
                .containsExactly(created.unitId(), created.unitName(), created.regionCode());
        assertThat(stored.role).isEqualTo(created.role());
        assertThat(stored.deadline.toDeadline()).isEqualTo(created.deadline());
        assertThat(stored.status).isEqualTo(AssignmentStatus.NOT_STARTED);
        assertThat(stored.created).isTrue();
        assertThat(stored.assignedAt).isNotNull();
        assertThat(stored.lastReportAt).isEqualTo(reportedAt);
        assertThat(stored.reportTimes).containsExactly(reportedAt);
        assertThat(stored.reminders).isEqualTo(1);
        assertThat(stored.urgings).isZero();
        assertThat(stored.cancelledAt).isNull();
        assertThat(inTx(() -> ProgressReport.count("assignmentId", id))).isEqualTo(1);
    }

    @Test
    void shouldApplyAPollsEventsOfOneAssignmentInOrderFromAStubOn() {
        PlanScenario plan = scenario(1);
        String id = plan.created().get(0).assignmentId();

        consume(List.of(
                plan.status(id, AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS, Instant.now()),
                plan.created().get(0),
                plan.reminder(id, ReminderKind.BEFORE_DUE),
                plan.status(id, AssignmentStatus.IN_PROGRESS, AssignmentStatus.COMPLETED, Instant.now())));

        Assignment stored = inTx(() -> Assignment.findById(id));
        assertThat(stored.created).isTrue();
        assertThat(stored.status).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(stored.completedAt).isNotNull();
        assertThat(inTx(() -> StatusChange.count("assignmentId", id))).isEqualTo(2);
        assertThat(inTx(() -> Reminder.count("assignmentId", id))).isEqualTo(1);
    }

    @Test
    void shouldApplyAnEventRedeliveredInTheSamePollOnce() {
        PlanScenario plan = scenario(1);
        String id = plan.created().get(0).assignmentId();
        consume(plan.created());
        ProducerRecord<String, String> started =
                record(plan.status(id, AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS, Instant.now()));
        DomainEvent report = plan.report(id, AssignmentStatus.IN_PROGRESS, "已起草", "https://gov.example/1");

        // The same report under a second event id counts once as well, as it does across polls.
        consumer.assignments(Polls.of(List.of(started, record(report), started, record(report))));

        assertThat(inTx(() -> StatusChange.count("assignmentId", id))).isEqualTo(1);
        assertThat(inTx(() -> ProgressReport.count("assignmentId", id))).isEqualTo(1);
    }

    @Test
    void shouldApplyNothingOfARedeliveredPoll() {
        PlanScenario plan = scenario(1);
        String id = plan.created().get(0).assignmentId();
        consume(plan.created());
        List<ProducerRecord<String, String>> poll = List.of(
                record(plan.status(id, AssignmentStatus.NOT_STARTED, AssignmentStatus.COMPLETED, Instant.now())),
                record(plan.status(id, AssignmentStatus.COMPLETED, AssignmentStatus.IN_PROGRESS, Instant.now())));
        consumer.assignments(Polls.of(poll));

        consumer.assignments(Polls.of(poll));

        assertThat(inTx(() -> StatusChange.count("assignmentId", id))).isEqualTo(2);
        assertThat(inTx(() -> Assignment.<Assignment>findById(id).status)).isEqualTo(AssignmentStatus.IN_PROGRESS);
    }

    private static PlanScenario scenario(int assignments) {
        PlanScenario plan = new PlanScenario("甲市计划", PlanScenario.today().getYear(), "329900", "甲市", null);
        Unit unit = Unit.lead("u-" + UUID.randomUUID().toString().substring(0, 8), "甲市发展和改革委员会", "329900");
        IntStream.range(0, assignments)
                .forEach(i -> plan.task(
                        String.valueOf(i + 1),
                        "一、公开",
                        PlanScenario.fixed(PlanScenario.today().plusDays(60)),
                        null,
                        unit));
        return plan;
    }

    /** One task given to as many units at once, as a province plan's task is. */
    private static PlanScenario fanOut(int units) {
        PlanScenario plan = new PlanScenario("甲省计划", PlanScenario.today().getYear(), "329900", "甲省", null);
        String s = UUID.randomUUID().toString().substring(0, 8);
        plan.task(
                "1",
                "一、公开",
                PlanScenario.fixed(PlanScenario.today().plusDays(60)),
                null,
                IntStream.range(0, units)
                        .mapToObj(i -> Unit.lead("u-" + s + "-" + i, "甲省单位" + i, "329900"))
                        .toArray(Unit[]::new));
        return plan;
    }

    /** Status changes of the plan's first assignments, as they come before a creation that is keyed elsewhere. */
    private static List<DomainEvent> overtaking(PlanScenario plan, int assignments) {
        return plan.created().stream()
                .limit(assignments)
                .<DomainEvent>map(a -> plan.status(
                        a.assignmentId(), AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS, Instant.now()))
                .toList();
    }

    static List<DomainEvent> reports(PlanScenario plan) {
        return plan.created().stream()
                .<DomainEvent>map(a ->
                        plan.report(a.assignmentId(), AssignmentStatus.IN_PROGRESS, "已起草", "https://gov.example/1"))
                .toList();
    }

    private void consume(List<? extends DomainEvent> events) {
        consumer.assignments(
                Polls.of(events.stream().map(ReadModelPollTest::record).toList()));
    }

    static ProducerRecord<String, String> record(DomainEvent event) {
        return CloudEventHeaders.toRecord(EventFeed.wrap(event));
    }

    private static <T> T inTx(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
