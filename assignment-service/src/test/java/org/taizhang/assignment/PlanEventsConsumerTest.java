package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.PendingItem;
import org.taizhang.assignment.entity.TrackedPlan;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.plan.AmendmentKind;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskAmended;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.testsupport.TestTokens;
import org.taizhang.testsupport.TopicProbe;

@QuarkusTest
class PlanEventsConsumerTest {

    private static final String CITY = "349800";
    private static final Deadline YEAR_END = new Deadline("年底前", DeadlineKind.FIXED, LocalDate.of(2026, 12, 31), null);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.plans.throttled.unprocessed-record-max-age.ms")
    int planMaxApplyMillis;

    /** A small city, added before every test; adding it again is a harmless 409. */
    @BeforeEach
    void directory() {
        unit("t-3498-gov", "乙市人民政府", "GOVERNMENT", "CITY", CITY);
        unit("t-3498-fgw", "乙市发展和改革委员会", "DEPARTMENT", "CITY", CITY);
        unit("t-349801-gov", "丙县人民政府", "GOVERNMENT", "COUNTY", "349801");
        unit("t-349802-gov", "丁县人民政府", "GOVERNMENT", "COUNTY", "349802");
    }

    /** A province plan's record is applied for minutes: the connector's 60 s default declared the channel failed. */
    @Test
    void shouldAllowAPlanRecordMinutesBeforeTheChannelCountsAsStuck() {
        assertThat(Duration.ofMillis(planMaxApplyMillis)).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void shouldAssignEveryNamedUnitOnceAndLeaveTheRestPending() {
        String planId = UUID.randomUUID().toString();
        String taskId = planId + "-t1";
        EventEnvelope published = envelope(new PlanPublished(
                planId,
                "乙市计划",
                2026,
                CITY,
                "乙市",
                "CITY",
                null,
                List.of(task(taskId, YEAR_END, mentions())),
                "office",
                Instant.now()));

        send(published);
        await().atMost(Duration.ofSeconds(30)).until(() -> inTx(() -> Assignment.count("planId", planId)) == 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> inTx(() -> PendingItem.count("planId", planId)) == 2);

        send(published);
        String marker = UUID.randomUUID().toString();
        send(envelope(
                new PlanPublished(marker, "标记", 2026, CITY, "乙市", "CITY", null, List.of(), "office", Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> inTx(() -> TrackedPlan.findById(marker)) != null);
        assertThat(inTx(() -> Assignment.count("planId", planId))).isEqualTo(3);
        assertThat(inTx(() -> Assignment.<Assignment>list("planId", planId)))
                .extracting(a -> a.unitId + ":" + a.role)
                .containsExactlyInAnyOrder("t-3498-fgw:LEAD", "t-349801-gov:RESPONSIBLE", "t-349802-gov:RESPONSIBLE");
        assertThat(inTx(() -> PendingItem.<PendingItem>list("planId", planId)))
                .extracting(p -> p.mentionName + ":" + p.reason)
                .containsExactlyInAnyOrder("乙市有关单位:AMBIGUOUS_GROUP", "乙市不存在局:UNKNOWN_UNIT");
        assignmentsSeenBy(TestTokens.unit("t-3498-fgw"), planId)
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].role", equalTo("LEAD"))
                .body("items[0].deadline.dueDate", equalTo("2026-12-31"));
        assignmentsSeenBy(TestTokens.integration("349801"), planId)
                .body("total", equalTo(1))
                .body("items[0].unitId", equalTo("t-349801-gov"));
        assignmentsSeenBy(TestTokens.office(), planId).body("total", equalTo(3));
        given().auth()
                .oauth2(TestTokens.unit("t-3498-fgw"))
                .queryParam("unitId", "t-349801-gov")
                .get("/api/assignments")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.integration("349801"))
                .queryParam("regionCode", "349802")
                .get("/api/assignments")
                .then()
                .statusCode(403);
    }

    private static ValidatableResponse assignmentsSeenBy(String token, String planId) {
        return given().auth()
                .oauth2(token)
                .queryParam("planId", planId)
                .get("/api/assignments")
                .then();
    }

    @Test
    void shouldFollowAnAmendmentAndCancelOnWithdrawal() {
        String planId = UUID.randomUUID().toString();
        String taskId = planId + "-t1";
        send(envelope(new PlanPublished(
                planId,
                "乙市计划",
                2026,
                CITY,
                "乙市",
                "CITY",
                null,
                List.of(task(taskId, YEAR_END, mentions())),
                "office",
                Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> inTx(() -> Assignment.count("planId", planId)) == 3);

        Deadline june = new Deadline("6月底前", DeadlineKind.FIXED, LocalDate.of(2026, 6, 30), null);
        List<UnitMention> leadOnly = List.of(new UnitMention("市发改委", "市发改委", UnitRole.LEAD, false, false));
        send(envelope(new TaskAmended(
                planId, AmendmentKind.CHANGED, task(taskId, june, leadOnly), "提前", "office", Instant.now())));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> inTx(() -> Assignment.count("planId = ?1 and cancelledAt is null", planId)) == 1);
        Assignment lead =
                Assignment.find("planId = ?1 and cancelledAt is null", planId).firstResult();
        assertThat(lead.unitId).isEqualTo("t-3498-fgw");
        assertThat(lead.deadline().dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));

        send(envelope(new TaskWithdrawn(planId, taskId, "并入其他任务", "office", Instant.now())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inTx(() -> Assignment.count("planId = ?1 and cancelledAt is null", planId)) == 0);
    }

    @Test
    void shouldAssignAPlanTaskByTaskAndNotUndoALaterAmendmentWhenThePlanComesAgain() {
        String planId = UUID.randomUUID().toString();
        String first = planId + "-t1";
        EventEnvelope published = envelope(new PlanPublished(
                planId,
                "乙市计划",
                2026,
                CITY,
                "乙市",
                "CITY",
                null,
                List.of(task(first, YEAR_END, mentions()), task(planId + "-t2", YEAR_END, mentions())),
                "office",
                Instant.now()));
        send(published);
        await().atMost(Duration.ofSeconds(30)).until(() -> inTx(() -> Assignment.count("planId", planId)) == 6);
        Deadline june = new Deadline("6月底前", DeadlineKind.FIXED, LocalDate.of(2026, 6, 30), null);
        List<UnitMention> leadOnly = List.of(new UnitMention("市发改委", "市发改委", UnitRole.LEAD, false, false));
        send(envelope(new TaskAmended(
                planId, AmendmentKind.CHANGED, task(first, june, leadOnly), "提前", "office", Instant.now())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> inTx(() -> Assignment.count("planId = ?1 and cancelledAt is null", planId)) == 4);

        send(published);
        String marker = UUID.randomUUID().toString();
        send(envelope(
                new PlanPublished(marker, "标记", 2026, CITY, "乙市", "CITY", null, List.of(), "office", Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> inTx(() -> TrackedPlan.findById(marker)) != null);

        assertThat(inTx(() -> Assignment.count("planId", planId))).isEqualTo(6);
        assertThat(inTx(() -> Assignment.<Assignment>list("taskId = ?1 and cancelledAt is null", first)))
                .singleElement()
                .satisfies(lead -> assertThat(lead.deadline().dueDate()).isEqualTo(LocalDate.of(2026, 6, 30)));
    }

    private static <T> T inTx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private static List<UnitMention> mentions() {
        return List.of(
                new UnitMention("市发改委牵头", "市发改委", UnitRole.LEAD, false, false),
                new UnitMention("各县（市、区）政府", "各县（市、区）政府", UnitRole.RESPONSIBLE, true, false),
                new UnitMention("乙市有关单位", "乙市有关单位", UnitRole.RESPONSIBLE, true, true),
                new UnitMention("乙市不存在局", "乙市不存在局", UnitRole.RESPONSIBLE, false, false));
    }

    private static TaskSnapshot task(String taskId, Deadline deadline, List<UnitMention> units) {
        return new TaskSnapshot(taskId, "1", List.of("一、测试"), "公开规划", null, deadline, units, null);
    }

    private static EventEnvelope envelope(DomainEvent event) {
        return EventEnvelope.wrap(event, "/taizhang/plan-service", EventCodec.instance());
    }

    private void send(EventEnvelope envelope) {
        new TopicProbe(bootstrapServers)
                .send(List.<ProducerRecord<String, String>>of(CloudEventHeaders.toRecord(envelope)));
    }

    private static void unit(String id, String name, String kind, String level, String region) {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", name, "kind", kind, "level", level, "regionCode", region))
                .post("/api/units");
    }
}
