package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.testsupport.TestTokens;
import org.taizhang.testsupport.TopicProbe;

/** A unit's list by due date: the earliest first, open-ended deadlines after every dated one. */
@QuarkusTest
class AssignmentOrderTest {

    private static final String REGION = "348700";
    private static final String UNIT = "t-3487-sj";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldListEarliestDueFirstWhenAskedAndByTaskNumberOtherwise() {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("id", UNIT, "name", "戊市审计局", "kind", "DEPARTMENT", "level", "CITY", "regionCode", REGION))
                .post("/api/units");
        String planId = UUID.randomUUID().toString();
        List<TaskSnapshot> tasks = List.of(
                task(planId, "1", new Deadline("持续推进", DeadlineKind.ONGOING, null, null)),
                task(planId, "2", new Deadline("年底前", DeadlineKind.FIXED, LocalDate.of(2026, 12, 31), null)),
                task(planId, "3", new Deadline("6月底前", DeadlineKind.FIXED, LocalDate.of(2026, 6, 30), null)));
        PlanPublished published =
                new PlanPublished(planId, "戊市计划", 2026, REGION, "戊市", "CITY", null, tasks, "office", Instant.now());
        new TopicProbe(bootstrapServers)
                .send(List.<ProducerRecord<String, String>>of(CloudEventHeaders.toRecord(
                        EventEnvelope.wrap(published, "/taizhang/plan-service", EventCodec.instance()))));
        await().atMost(Duration.ofSeconds(30)).until(() -> numbers(planId, null).size() == 3);

        assertThat(numbers(planId, "DUE")).containsExactly("3", "2", "1");
        assertThat(numbers(planId, null)).containsExactly("1", "2", "3");
        assertThat(numbers(planId, "PLAN")).containsExactly("1", "2", "3");
    }

    @Test
    void shouldRefuseAnUnknownOrder() {
        given().auth()
                .oauth2(TestTokens.office())
                .queryParam("sort", "SOON")
                .get("/api/assignments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static List<String> numbers(String planId, String sort) {
        var request = given().auth().oauth2(TestTokens.unit(UNIT)).queryParam("planId", planId);
        if (sort != null) {
            request = request.queryParam("sort", sort);
        }
        return request.get("/api/assignments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.taskNumber");
    }

    private static TaskSnapshot task(String planId, String number, Deadline deadline) {
        return new TaskSnapshot(
                planId + "-t" + number,
                number,
                List.of("一、测试"),
                "任务" + number,
                null,
                deadline,
                List.of(new UnitMention("市审计局", "戊市审计局", UnitRole.LEAD, false, false)),
                null);
    }
}
