package org.taizhang.plan;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.taizhang.testsupport.TestTokens;

/** The plan API as the office's screens call it, for tests that read as the office's work. */
final class PlanApi {

    private PlanApi() {}

    static String createDraft(String title, String regionCode) {
        return given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("title", title, "year", 2026, "regionCode", regionCode, "regionName", "宣城市"))
                .post("/api/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String addTask(String planId, Map<String, Object> task) {
        return given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(task)
                .post("/api/plans/" + planId + "/tasks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static ValidatableResponse publish(String planId, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/plans/" + planId + "/publish")
                .then();
    }

    static ValidatableResponse tasks(String planId, String token) {
        var request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.get("/api/plans/" + planId + "/tasks").then();
    }

    /** A draft with two tasks of the kind the samples hold: one for the counties, one for a city department. */
    static String draftWithTwoTasks(String title) {
        String planId = createDraft(title, "341800");
        addTask(
                planId,
                Map.of(
                        "number", "1",
                        "sectionPath", java.util.List.of("一、做好规划公开", "(一) 做好各类规划主动公开"),
                        "title", "主动公开规划纲要",
                        "requirement", "通过门户网站集中展示。",
                        "deadline", "年底前",
                        "leadUnits", "市发改委",
                        "responsibleUnits", "各县（市、区）政府"));
        addTask(
                planId,
                Map.of(
                        "number", "2",
                        "sectionPath", java.util.List.of("一、做好规划公开", "(一) 做好各类规划主动公开"),
                        "title", "归集历史规划",
                        "responsibleUnits", "市自然资源局"));
        return planId;
    }
}
