package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.PlanScenario.Unit;

/** A report reaching the topic shows in the figures within Kafka's own delivery time (p99 is the bench's job). */
@QuarkusTest
class FreshnessTest {

    private static final String CITY = "329000";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldShowAReportInThePlanSummaryWithinSeconds() {
        EventFeed feed = new EventFeed(bootstrapServers);
        Unit fgw = Unit.lead("u-3290-fgw-" + UUID.randomUUID(), "壬市发展和改革委员会", CITY);
        PlanScenario plan = new PlanScenario("壬市计划", PlanScenario.today().getYear(), CITY, "壬市", null);
        String task =
                plan.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(30)), null, fgw);
        feed.send(plan.published());
        feed.send(plan.created().toArray(new DomainEvent[0]));
        await().atMost(Duration.ofSeconds(20)).until(() -> Api.counted(plan.planId, 1));
        String assignment = plan.assignmentId(task, fgw);

        long sent = System.nanoTime();
        feed.send(
                plan.report(assignment, AssignmentStatus.COMPLETED, "已完成公开", "https://ren.gov.example/1"),
                plan.status(assignment, AssignmentStatus.NOT_STARTED, AssignmentStatus.COMPLETED, Instant.now()));

        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> Api.summary(plan.planId).getInt("tasks.completed") == 1);
        Log.infof("Report visible in the summary %d ms after it was sent", (System.nanoTime() - sent) / 1_000_000);
        assertThat(Api.office("/api/reports/plans/{id}/tasks/{t}", plan.planId, task)
                        .getString("units[0].latestReport.summary"))
                .isEqualTo("已完成公开");
    }
}
