package org.taizhang.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

@QuarkusTest
class PlanAccessTest {

    @Test
    void shouldShowAnonymousCallersPublishedPlansOnly() {
        String draft = PlanApi.draftWithTwoTasks("草稿计划");
        String published = PlanApi.draftWithTwoTasks("公开计划");
        PlanApi.publish(published, Map.of("defaultDeadline", "年底前")).statusCode(200);

        given().queryParam("size", 200)
                .get("/api/plans")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(published))
                .body("items.id", not(hasItem(draft)))
                .body("items.status", everyItem(not(equalTo("DRAFT"))));
        given().get("/api/plans/" + draft).then().statusCode(404).contentType("application/problem+json");
        PlanApi.tasks(draft, null).statusCode(404);
        PlanApi.tasks(published, null).statusCode(200).body("title", hasItem("主动公开规划纲要"));
        PlanApi.tasks(draft, TestTokens.unit("u-1")).statusCode(404);
    }

    @Test
    void shouldNameWhoCreatedAndAmendedAPlanOnlyToTheOfficeAndAuditors() {
        String published = PlanApi.draftWithTwoTasks("谁建的计划");
        PlanApi.publish(published, Map.of("defaultDeadline", "年底前")).statusCode(200);
        String taskId = PlanApi.tasks(published, null).extract().path("[0].id");
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "改过的任务", "deadline", "年底前", "responsibleUnits", "市财政局", "reason", "调整"))
                .put("/api/plans/" + published + "/tasks/" + taskId)
                .then()
                .statusCode(200);

        for (String token : new String[] {null, TestTokens.unit("u-1"), TestTokens.integration("341821")}) {
            var request = token == null ? given() : given().auth().oauth2(token);
            request.get("/api/plans/" + published)
                    .then()
                    .statusCode(200)
                    .body("createdBy", nullValue())
                    .body("updatedBy", nullValue());
            (token == null ? given() : given().auth().oauth2(token))
                    .queryParam("size", 200)
                    .get("/api/plans")
                    .then()
                    .body("items.createdBy", everyItem(nullValue()));
            (token == null ? given() : given().auth().oauth2(token))
                    .get("/api/plans/" + published + "/amendments")
                    .then()
                    .statusCode(200)
                    .body("amendedBy", everyItem(nullValue()));
        }
        for (String token : new String[] {TestTokens.office(), TestTokens.auditor()}) {
            given().auth()
                    .oauth2(token)
                    .get("/api/plans/" + published)
                    .then()
                    .body("createdBy", equalTo("office-clerk"));
            given().auth()
                    .oauth2(token)
                    .get("/api/plans/" + published + "/amendments")
                    .then()
                    .body("amendedBy", hasItem("office-clerk"));
        }
    }

    @Test
    void shouldLetAnAuditorReadDraftsButChangeNothing() {
        String draft = PlanApi.createDraft("审计可读的草稿", "341800");

        given().auth()
                .oauth2(TestTokens.auditor())
                .get("/api/plans/" + draft)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.auditor())
                .get("/api/plans/" + draft + "/diagnostics")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.auditor())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "x", "year", 2026, "regionCode", "341800"))
                .post("/api/plans")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.auditor())
                .delete("/api/plans/" + draft)
                .then()
                .statusCode(403);
    }

    @Test
    void shouldLetOnlyTheOfficeWrite() {
        String draft = PlanApi.createDraft("只有办公室能改", "341800");
        Map<String, Object> task = Map.of("title", "新任务", "responsibleUnits", "市财政局");

        for (String token : new String[] {TestTokens.unit("u-1"), TestTokens.integration("341821")}) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(task)
                    .post("/api/plans/" + draft + "/tasks")
                    .then()
                    .statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .body(task)
                .post("/api/plans/" + draft + "/tasks")
                .then()
                .statusCode(401);
    }

    @Test
    void shouldFindPlansByYearRegionAndText() {
        String planId = PlanApi.createDraft("检索测试计划", "349901");
        PlanApi.addTask(planId, Map.of("title", "公开独一无二的专项规划", "responsibleUnits", "市财政局"));

        given().auth()
                .oauth2(TestTokens.office())
                .queryParam("year", 2026)
                .queryParam("regionCode", "349901")
                .queryParam("q", "独一无二")
                .get("/api/plans")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(planId))
                .body("items[0].taskCount", equalTo(1));
        given().auth()
                .oauth2(TestTokens.office())
                .queryParam("regionCode", "349901")
                .queryParam("year", 2025)
                .get("/api/plans")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void shouldRejectAnInvalidPlanWithTheFieldsNamed() {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("title", " ", "year", 1900, "regionCode", "宣城"))
                .post("/api/plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("regionCode"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("year"));
    }

    @Test
    void shouldEditAndDeleteOnlyDrafts() {
        String planId = PlanApi.draftWithTwoTasks("可删除的草稿");
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "改名后的草稿", "year", 2026, "regionCode", "341800"))
                .put("/api/plans/" + planId)
                .then()
                .statusCode(200)
                .body("title", equalTo("改名后的草稿"));
        given().auth()
                .oauth2(TestTokens.office())
                .delete("/api/plans/" + planId)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/plans/" + planId)
                .then()
                .statusCode(404);
    }
}
