package org.taizhang.reporting;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.taizhang.events.DomainEvent;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.reporting.messaging.ReadModelConsumer;
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
    private static final int PER_PLAN = 100;

    @Inject
    ReadModelConsumer consumer;

    @Test
    void printTheCostOfApplyingAssignmentEventsInPolls() {
        round(1000, false); // warm-up
        round(2000, true);
    }

    private void round(int events, boolean print) {
        List<PlanScenario> plans = new ArrayList<>();
        for (int i = 0; i < events / PER_PLAN; i++) {
            PlanScenario plan = new PlanScenario("甲市计划", PlanScenario.today().getYear(), "329900", "甲市", null);
            Unit unit = Unit.lead("u-" + UUID.randomUUID().toString().substring(0, 8), "甲市发展和改革委员会", "329900");
            for (int t = 1; t <= PER_PLAN; t++) {
                plan.task(
                        String.valueOf(t),
                        "一、公开",
                        PlanScenario.fixed(PlanScenario.today().plusDays(60)),
                        null,
                        unit);
            }
            plans.add(plan);
        }
        var created = polls(plans, p -> List.<DomainEvent>copyOf(p.created()));
        var reported = polls(plans, ReadModelPollTest::reports);
        CpuMeter.Cost creating = CpuMeter.of(() -> created.forEach(consumer::assignments));
        int[] statements = {0};
        CpuMeter.Cost reporting = CpuMeter.of(() -> reported.forEach(poll ->
                statements[0] += SqlLog.during(() -> consumer.assignments(poll)).size()));
        CpuMeter.Cost redelivering = CpuMeter.of(() -> reported.forEach(consumer::assignments));
        if (print) {
            System.out.println("MEASURE reporting AssignmentCreated: " + creating.per(events));
            System.out.println("MEASURE reporting ProgressReported: " + reporting.per(events) + "; "
                    + statements[0] * POLL / events + " Hibernate statements per poll of " + POLL);
            System.out.println("MEASURE reporting redelivered ProgressReported: " + redelivering.per(events));
        }
    }

    private static List<ConsumerRecords<String, String>> polls(
            List<PlanScenario> plans, Function<PlanScenario, List<DomainEvent>> events) {
        return Polls.inPollsOf(
                POLL,
                plans.stream()
                        .flatMap(p -> events.apply(p).stream())
                        .map(ReadModelPollTest::record)
                        .toList());
    }
}
