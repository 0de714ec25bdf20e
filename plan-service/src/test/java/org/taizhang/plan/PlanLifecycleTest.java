package org.taizhang.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.EventCodec;
import org.taizhang.events.Topics;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskAmended;
import org.taizhang.testsupport.TestTokens;
import org.taizhang.testsupport.TopicProbe;

@QuarkusTest
class PlanLifecycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldRefuseToPublishATaskWithoutADeadlineAndNameIt() {
        String planId = PlanApi.draftWithTwoTasks("时限缺失的计划");

        PlanApi.publish(planId, Map.of())
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", containsString(".deadline"))
                .body("errors[0].message", containsString("归集历史规划"));
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/plans/" + planId)
                .then()
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldPublishWithADefaultDeadlineAndAnnounceEveryTask() {
        String planId = PlanApi.draftWithTwoTasks("用默认时限发布的计划");

        PlanApi.publish(planId, Map.of("defaultDeadline", "6月底前"))
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("taskCount", equalTo(2));

        PlanPublished published = onlyEvent(planId, PlanPublished.class);
        assertThat(published.tasks()).hasSize(2);
        assertThat(published.tasks().get(0).sectionPath()).containsExactly("一、做好规划公开", "(一) 做好各类规划主动公开");
        assertThat(published.tasks().get(0).deadline().dueDate()).hasToString("2026-12-31");
        assertThat(published.tasks().get(1).deadline().dueDate()).hasToString("2026-06-30");
        assertThat(published.publishedBy()).isEqualTo("office-clerk");
    }

    @Test
    void shouldAmendAPublishedTaskOnlyWithAReasonAndAnnounceIt() {
        String planId = PlanApi.draftWithTwoTasks("需要修订的计划");
        PlanApi.publish(planId, Map.of("defaultDeadline", "年底前")).statusCode(200);
        String taskId = PlanApi.tasks(planId, null).extract().path("[1].id");
        Map<String, Object> change = Map.of("title", "归集历史规划", "deadline", "9月底前", "responsibleUnits", "市自然资源局");

        amend(planId, taskId, change).statusCode(409);
        Map<String, Object> withReason = new java.util.HashMap<>(change);
        withReason.put("reason", "省里要求提前完成");
        amend(planId, taskId, withReason).statusCode(200).body("deadline.dueDate", equalTo("2026-09-30"));

        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/plans/" + planId + "/amendments")
                .then()
                .statusCode(200)
                .body("kind", hasItem("CHANGED"))
                .body("reason", hasItem("省里要求提前完成"))
                .body("amendedBy", hasItem("office-clerk"));
        TaskAmended amended = onlyEvent(planId, TaskAmended.class);
        assertThat(amended.task().taskId()).isEqualTo(taskId);
        assertThat(amended.reason()).isEqualTo("省里要求提前完成");
    }

    @Test
    void shouldWithdrawAPublishedTaskAndKeepItOnRecord() {
        String planId = PlanApi.draftWithTwoTasks("撤回任务的计划");
        PlanApi.publish(planId, Map.of("defaultDeadline", "年底前")).statusCode(200);
        String taskId = PlanApi.tasks(planId, null).extract().path("[0].id");

        given().auth()
                .oauth2(TestTokens.office())
                .delete("/api/plans/" + planId + "/tasks/" + taskId)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.office())
                .queryParam("reason", "任务已并入其他工作")
                .delete("/api/plans/" + planId + "/tasks/" + taskId)
                .then()
                .statusCode(204);

        PlanApi.tasks(planId, null).body("$", hasSize(1));
        given().queryParam("withdrawn", true)
                .get("/api/plans/" + planId + "/tasks")
                .then()
                .body("find { it.id == '" + taskId + "' }.withdrawn", equalTo(true));
        given().get("/api/plans/" + planId).then().body("taskCount", equalTo(1));
    }

    @Test
    void shouldCloseAPublishedPlanOnceAndFreezeIt() {
        String planId = PlanApi.draftWithTwoTasks("年终关闭的计划");
        given().auth()
                .oauth2(TestTokens.office())
                .post("/api/plans/" + planId + "/close")
                .then()
                .statusCode(409);
        PlanApi.publish(planId, Map.of("defaultDeadline", "年底前")).statusCode(200);

        given().auth()
                .oauth2(TestTokens.office())
                .post("/api/plans/" + planId + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth()
                .oauth2(TestTokens.office())
                .post("/api/plans/" + planId + "/close")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "新任务", "responsibleUnits", "市财政局", "reason", "补充"))
                .post("/api/plans/" + planId + "/tasks")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldDeriveACountyPlanFromTheTasksThatReachIt() {
        String planId = PlanApi.draftWithTwoTasks("市级计划");
        PlanApi.publish(planId, Map.of("defaultDeadline", "年底前")).statusCode(200);
        List<String> sourceIds = PlanApi.tasks(planId, null).extract().path("id");

        String countyPlan = given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("regionCode", "341821", "regionName", "郎溪县"))
                .post("/api/plans/" + planId + "/derive")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("level", equalTo("COUNTY"))
                .body("parentPlanId", equalTo(planId))
                .extract()
                .path("id");

        PlanApi.tasks(countyPlan, TestTokens.office())
                .body("$", hasSize(1))
                .body("[0].sourceTaskId", equalTo(sourceIds.get(0)))
                .body("[0].title", equalTo("主动公开规划纲要"))
                .body("[0].sectionPath[1]", equalTo("(一) 做好各类规划主动公开"))
                .body("[0].units[0].name", equalTo("县直各单位"))
                .body("[0].deadline.dueDate", equalTo("2026-12-31"));
    }

    private static io.restassured.response.ValidatableResponse amend(
            String planId, String taskId, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/plans/" + planId + "/tasks/" + taskId)
                .then();
    }

    private <T> T onlyEvent(String planId, Class<T> type) {
        TopicProbe topic = new TopicProbe(bootstrapServers);
        List<T> found = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> topic.readAll(Topics.PLANS, planId, 1).stream()
                                .map(r -> CloudEventHeaders.fromRecord(r)
                                        .flatMap(EventCodec.instance()::decode)
                                        .orElseThrow())
                                .filter(type::isInstance)
                                .map(type::cast)
                                .toList(),
                        events -> !events.isEmpty());
        assertThat(found)
                .as("%s events of plan %s", type.getSimpleName(), planId)
                .hasSize(1);
        return found.get(0);
    }
}
