package org.taizhang.reminder;

import static org.taizhang.reminder.ReminderFixture.beijing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.taizhang.events.DomainEvent;
import org.taizhang.reminder.messaging.AssignmentEventsConsumer;
import org.taizhang.testsupport.CpuMeter;
import org.taizhang.testsupport.Polls;

/**
 * Not a check: prints what applying 2,000 events in polls of 250 costs on the test PostgreSQL. Runs only with
 * {@code -Dtaizhang.measure=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "taizhang.measure", matches = "true")
class PollCostMeasurementTest {

    private static final int POLL = 250;
    private static final int PLANS = 20;

    @Inject
    AssignmentEventsConsumer consumer;

    @Test
    void printTheCostOfApplyingAssignmentEventsInPolls() {
        round(1000, false); // warm-up
        round(2000, true);
    }

    private void round(int events, boolean print) {
        List<NewAssignment> assignments = new ArrayList<>();
        List<String> plans = IntStream.range(0, PLANS)
                .mapToObj(i -> ReminderFixture.unique("p"))
                .toList();
        for (int i = 0; i < events; i++) {
            assignments.add(NewAssignment.fixed(
                            "339901", ReminderFixture.unique("u"), LocalDate.of(2026, 6, 30), beijing(2026, 1, 5, 9, 0))
                    .inPlan(plans.get(i % PLANS)));
        }
        var created = polls(
                assignments.stream().<DomainEvent>map(NewAssignment::event).toList());
        var reported = polls(assignments.stream()
                .<DomainEvent>map(AssignmentPollTest::progress)
                .toList());
        CpuMeter.Cost creating = CpuMeter.of(() -> created.forEach(consumer::consume));
        int[] statements = {0};
        CpuMeter.Cost reporting = CpuMeter.of(() -> reported.forEach(poll ->
                statements[0] += SqlLog.during(() -> consumer.consume(poll)).size()));
        CpuMeter.Cost redelivering = CpuMeter.of(() -> reported.forEach(consumer::consume));
        if (print) {
            System.out.println("MEASURE reminder AssignmentCreated: " + creating.per(events));
            System.out.println("MEASURE reminder ProgressReported: " + reporting.per(events) + "; "
                    + statements[0] * POLL / events + " Hibernate statements per poll of " + POLL);
            System.out.println("MEASURE reminder redelivered ProgressReported: " + redelivering.per(events));
        }
    }

    private static List<ConsumerRecords<String, String>> polls(List<DomainEvent> events) {
        return Polls.inPollsOf(POLL, AssignmentPollTest.records(events));
    }
}
