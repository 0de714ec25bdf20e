package org.taizhang.systest;

import static org.taizhang.systest.Stack.as;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.MultiPartSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The office's work on plans and what the system makes of them, through the public APIs. */
public final class Plans {

    private Plans() {}

    /** Imports a classpath document as the office, titled {@code title}; returns the draft's id. */
    public static String importDocument(String resource, String title) {
        try (InputStream in = Plans.class.getResourceAsStream("/" + resource)) {
            return importDocument(resource, in.readAllBytes(), title);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plan of {@code tasks} tasks, each led by 市发改委 with every county government responsible, due 年底前. */
    public static byte[] countyTasks(int tasks) {
        StringBuilder text = new StringBuilder("工作任务 | 工作要求 | 牵头单位 | 责任单位 | 时限 |\n一、系统测试 | ||||\n");
        for (int i = 1; i <= tasks; i++) {
            text.append(i).append(".公开第").append(i).append("项信息 | 在门户网站公开。 | 市发改委 | 各县（市、区）政府 | 年底前 |\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A plan of {@code tasks} tasks, each led by 市财政局 with 市发改委 responsible, due 10月底前: two assignments a task,
     * overdue (from November of the plan's year on) for as long as nobody reports.
     */
    public static byte[] overdueTasks(int tasks) {
        StringBuilder text = new StringBuilder("工作任务 | 工作要求 | 牵头单位 | 责任单位 | 时限 |\n一、系统测试 | ||||\n");
        for (int i = 1; i <= tasks; i++) {
            text.append(i).append(".公开第").append(i).append("项预算信息 | 在门户网站公开。 | 市财政局 | 市发改委 | 10月底前 |\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Imports a document (bytes) as the office, titled {@code title}; returns the draft's id. */
    public static String importDocument(String filename, byte[] document, String title) {
        return as(Tokens.OFFICE, Stack.PLAN)
                .multiPart("file", filename, document, "text/plain")
                .multiPart(text("year", "2026"))
                .multiPart(text("regionCode", "341800"))
                .multiPart(text("regionName", "宣城市"))
                .multiPart(text("level", "CITY"))
                .multiPart(text("title", title))
                .post("/api/plans/import")
                .then()
                .statusCode(201)
                .extract()
                .path("plan.id");
    }

    public static void publish(String planId) {
        as(Tokens.OFFICE, Stack.PLAN)
                .contentType("application/json")
                .body(Map.of("defaultDeadline", "年底前"))
                .post("/api/plans/" + planId + "/publish")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PUBLISHED"));
    }

    private static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value)
                .controlName(name)
                .mimeType("text/plain")
                .charset(StandardCharsets.UTF_8)
                .build();
    }

    /** Derives a county's draft from a city plan; returns its id. */
    public static String derive(String planId, String regionCode, String regionName) {
        return as(Tokens.OFFICE, Stack.PLAN)
                .contentType("application/json")
                .body(Map.of("regionCode", regionCode, "regionName", regionName))
                .post("/api/plans/" + planId + "/derive")
                .then()
                .statusCode(org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(200))
                        .or(org.hamcrest.Matchers.is(201)))
                .extract()
                .path("id");
    }

    /** The plan's assignments as the office sees them. */
    public static List<Map<String, Object>> assignments(String planId) {
        return as(Tokens.OFFICE, Stack.ASSIGNMENT)
                .queryParam("planId", planId)
                .queryParam("size", 500)
                .get("/api/assignments")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }

    /** Waits until assignment-service has made {@code expected} assignments of the plan (it learns of it by Kafka). */
    public static List<Map<String, Object>> awaitAssignments(String step, String planId, int expected) {
        return Await.until(step, Duration.ofSeconds(90), () -> assignments(planId), a -> a.size() >= expected);
    }

    /** The read model's summary of the plan (reporting-service). */
    public static JsonPath summary(String planId) {
        return as(Tokens.OFFICE, Stack.REPORTING)
                .get("/api/reports/plans/" + planId + "/summary")
                .then()
                .extract()
                .jsonPath();
    }

    /** The assignment of {@code unitId} on task {@code taskNumber}. */
    public static Map<String, Object> find(List<Map<String, Object>> assignments, String taskNumber, String unitId) {
        return assignments.stream()
                .filter(a -> taskNumber.equals(a.get("taskNumber")) && unitId.equals(a.get("unitId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no assignment of " + unitId + " on task " + taskNumber + " among " + assignments));
    }
}
