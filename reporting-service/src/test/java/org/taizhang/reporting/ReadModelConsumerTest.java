package org.taizhang.reporting;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.plan.AmendmentKind;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.TaskAmended;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.reporting.entity.Assignment;
import org.taizhang.reporting.entity.ProgressReport;
import org.taizhang.reporting.entity.Reminder;
import org.taizhang.reporting.entity.StatusChange;
import org.taizhang.testsupport.TestTokens;
import org.taizhang.testsupport.TopicProbe;

/** The read model follows the topics: each event once, in any order across topics, amendments included. */
@QuarkusTest
class ReadModelConsumerTest {

    private static final String CITY = "329900";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private EventFeed feed;
    private Unit lead;
    private Unit county;

    @BeforeEach
    void units() {
        feed = new EventFeed(bootstrapServers);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        lead = Unit.lead("u-3299-fgw-" + suffix, "甲市发展和改革委员会", CITY);
        county = Unit.responsible("u-329901-gov-" + suffix, "甲一县人民政府", "329901");
    }

    @Test
    void shouldCountEventsDeliveredTwiceOnce() {
        PlanScenario plan = scenario();
        String task =
                plan.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(60)), null, lead, county);
        String leadId = plan.assignmentId(task, lead);
        feed.send(plan.published());
        feed.send(plan.created().toArray(new DomainEvent[0]));
        List<EventEnvelope> done =
                feed.send(plan.status(leadId, AssignmentStatus.NOT_STARTED, AssignmentStatus.COMPLETED, Instant.now()));
        ProgressReported report = plan.report(leadId, AssignmentStatus.COMPLETED, "已公开", "https://gov.example/1");
        List<EventEnvelope> reported = feed.send(report);

        feed.resend(done);
        feed.resend(reported);
        feed.send(report); // the same report under a new event id, as a retried relay might send it
        feed.send(plan.created().get(0)); // a creation sent again does not reset the status
        feed.send(plan.report(leadId, AssignmentStatus.COMPLETED, "标记", "https://gov.example/2", Instant.now()));

        // Events of one assignment share a partition: once the last shows, every one before it was applied.
        await().atMost(Duration.ofSeconds(20)).until(() -> "标记".equals(latestSummary(plan.planId, task, lead)));
        JsonPath summary = summary(plan.planId);
        assertThat(summary.getInt("assignments.total")).isEqualTo(2);
        assertThat(summary.getInt("assignments.completed")).isEqualTo(1);
        assertThat(summary.getInt("assignmentsByStatus.COMPLETED")).isEqualTo(1);
        assertThat(inTx(() -> ProgressReport.count("assignmentId", leadId))).isEqualTo(2);
        assertThat(inTx(() -> StatusChange.count("assignmentId", leadId))).isEqualTo(1);
    }

    @Test
    void shouldKeepAnAssignmentThatArrivesBeforeItsPlan() {
        PlanScenario plan = scenario();
        String task =
                plan.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(60)), null, lead, county);
        String countyId = plan.assignmentId(task, county);
        feed.send(plan.created().toArray(new DomainEvent[0]));
        feed.send(plan.status(countyId, AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS, Instant.now()));
        feed.send(plan.reminder(countyId, ReminderKind.BEFORE_DUE));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> inTx(() -> {
                    Assignment stored = Assignment.findById(countyId);
                    return stored != null && stored.status == AssignmentStatus.IN_PROGRESS;
                }));
        await().atMost(Duration.ofSeconds(20)).until(() -> inTx(() -> Reminder.count("assignmentId", countyId)) == 1);
        assertThat(summaryStatus(plan.planId)).isEqualTo(404);

        feed.send(plan.published());

        await().atMost(Duration.ofSeconds(20)).until(() -> summaryStatus(plan.planId) == 200);
        JsonPath summary = summary(plan.planId);
        assertThat(summary.getInt("tasks.total")).isEqualTo(1);
        assertThat(summary.getInt("assignments.total")).isEqualTo(2);
        assertThat(summary.getInt("assignmentsByStatus.IN_PROGRESS")).isEqualTo(1);
        assertThat(summary.getList("sections.title", String.class)).containsExactly("一、公开");
    }

    @Test
    void shouldFollowAWithdrawalAndACancellation() {
        PlanScenario plan = scenario();
        String kept =
                plan.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(60)), null, lead, county);
        String dropped = plan.task("2", "一、公开", PlanScenario.ongoing(), null, lead);
        feed.send(plan.published());
        feed.send(plan.created().toArray(new DomainEvent[0]));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> summaryStatus(plan.planId) == 200
                        && summary(plan.planId).getInt("assignments.total") == 3);
        String droppedTask = "/api/reports/plans/{id}/tasks/{t}";
        Api.get(TestTokens.office(), droppedTask, plan.planId, dropped).statusCode(200); // its detail now kept

        feed.send(new TaskWithdrawn(plan.planId, dropped, "合并", "office", Instant.now()));
        String countyId = plan.assignmentId(kept, county);
        feed.send(new AssignmentCancelled(countyId, plan.planId, kept, county.id(), "调整", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath summary = summary(plan.planId);
            assertThat(summary.getInt("tasks.total")).isEqualTo(1);
            assertThat(summary.getInt("assignments.total")).isEqualTo(1);
            Api.get(TestTokens.office(), droppedTask, plan.planId, dropped).statusCode(404);
        });
    }

    @Test
    void shouldFollowAmendmentsAndAMovedDeadline() {
        PlanScenario plan = scenario();
        String task =
                plan.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(60)), null, lead);
        feed.send(plan.published());
        feed.send(plan.created().toArray(new DomainEvent[0]));
        await().atMost(Duration.ofSeconds(20)).until(() -> Api.counted(plan.planId, 1));

        Deadline passed = PlanScenario.fixed(PlanScenario.today().minusDays(5));
        List<UnitMention> units = List.of(new UnitMention(lead.name(), lead.name(), UnitRole.LEAD, false, false));
        feed.send(
                new TaskAmended(
                        plan.planId,
                        AmendmentKind.CHANGED,
                        new TaskSnapshot(task, "1", List.of("一、公开"), "任务1（修订）", "要求1", passed, units, null),
                        "提前",
                        "office",
                        Instant.now()),
                new TaskAmended(
                        plan.planId,
                        AmendmentKind.ADDED,
                        new TaskSnapshot(
                                plan.planId + "-t9",
                                "9",
                                List.of("二、新增"),
                                "任务9",
                                "要求9",
                                PlanScenario.ongoing(),
                                units,
                                null),
                        "新增",
                        "office",
                        Instant.now()));
        String assignment = plan.assignmentId(task, lead);
        feed.send(new AssignmentDeadlineChanged(
                assignment, plan.planId, task, lead.id(), plan.created().get(0).deadline(), passed, Instant.now()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonPath summary = summary(plan.planId);
            assertThat(summary.getList("sections.title", String.class)).containsExactly("一、公开", "二、新增");
            assertThat(summary.getInt("tasks.overdue")).isEqualTo(1);
        });
        JsonPath detail = Api.office("/api/reports/plans/{id}/tasks/{t}", plan.planId, task);
        assertThat(detail.getString("title")).isEqualTo("任务1（修订）");
        assertThat(detail.getBoolean("units[0].overdue")).isTrue();
    }

    @Test
    void shouldParkOnlyTheUnreadableEventOfAPollAndApplyTheOthers() {
        String key = "plan-garbled-" + UUID.randomUUID();
        EventEnvelope garbled = new EventEnvelope(
                UUID.randomUUID().toString(),
                "taizhang.plan.published.v1",
                "/taizhang/plan-service",
                Instant.now(),
                key,
                EventEnvelope.SPEC_VERSION,
                "{not json");
        PlanScenario before = scenario();
        PlanScenario after = scenario();
        // One partition and one send, so that the three usually arrive in one poll and its transaction fails.
        List<ProducerRecord<String, String>> records = Stream.of(
                        EventFeed.wrap(before.published()), garbled, EventFeed.wrap(after.published()))
                .map(CloudEventHeaders::toRecord)
                .map(r -> new ProducerRecord<>(r.topic(), 0, r.key(), r.value(), r.headers()))
                .toList();
        new TopicProbe(bootstrapServers).send(records);

        List<ConsumerRecord<String, String>> parked =
                new TopicProbe(bootstrapServers).readAll("taizhang.plans.v1.dlq.reporting-service", key, 1);
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).value()).isEqualTo("{not json");
        assertThat(new String(
                        parked.get(0).headers().lastHeader("dead-letter-topic").value(), UTF_8))
                .isEqualTo("taizhang.plans.v1");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.status("/api/reports/plans/{id}/summary", before.planId) == 200
                        && Api.status("/api/reports/plans/{id}/summary", after.planId) == 200);
        assertThat(Api.status("/api/reports/plans/{id}/summary", key)).isEqualTo(404);
    }

    private PlanScenario scenario() {
        return new PlanScenario("甲市计划", PlanScenario.today().getYear(), CITY, "甲市", null);
    }

    private static String latestSummary(String planId, String taskId, Unit unit) {
        JsonPath task = given().auth()
                .oauth2(TestTokens.office())
                .get("/api/reports/plans/{id}/tasks/{task}", planId, taskId)
                .then()
                .extract()
                .jsonPath();
        return task.getString("units.find { it.unitId == '%s' }.latestReport.summary".formatted(unit.id()));
    }

    private static JsonPath summary(String planId) {
        return given().auth()
                .oauth2(TestTokens.office())
                .get("/api/reports/plans/{id}/summary", planId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static int summaryStatus(String planId) {
        return given().auth()
                .oauth2(TestTokens.office())
                .get("/api/reports/plans/{id}/summary", planId)
                .statusCode();
    }

    private static <T> T inTx(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
