package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fuzzed import documents and progress payloads, and webhooks aimed inside, get a 4xx problem, never a 5xx; oversized
 * bodies are refused as they are read; one bad report of a batch is rejected alone; every service stays healthy.
 */
class BadInputSystemTest {

    private static final long SEED = Long.getLong("taizhang.fuzz.seed", System.currentTimeMillis());

    @Test
    void badProgressPayloadsAre4xxProblemsOrRejectedItemsAndNothingIsAccepted() {
        List<String> wrong = new ArrayList<>();
        String assignment = firstAssignment();
        String valid = "{\"reportId\":\"fz-1\",\"status\":\"IN_PROGRESS\",\"summary\":\"s\",\"percent\":10,"
                + "\"evidence\":[\"https://example.gov.cn/x\"],\"reportedAt\":\"2026-01-01T00:00:00Z\","
                + "\"assignmentId\":\"00000000-0000-4000-8000-00000000beef\"}";
        List<BadInput.Body> bodies = new ArrayList<>(BadInput.json(10));
        bodies.add(BadInput.Body.of("13 MB, above the 12 MB limit", "{\"summary\":\"" + "a".repeat(13 << 20) + "\"}"));
        for (BadInput.Body body : bodies) {
            check(
                    wrong,
                    "single " + body.name(),
                    post(Tokens.UNIT_A, "/api/assignments/" + assignment + "/progress", body));
            BadInput.Body batch = new BadInput.Body(body.name(), wrap(body.bytes()));
            check(wrong, "batch " + body.name(), post(Tokens.COUNTY_X, "/api/progress/batch", batch));
        }
        for (BadInput.Body body : BadInput.mutations(SEED, 40, valid.replace("fz-1", "fz-" + Stack.runId()))) {
            Response single = post(Tokens.UNIT_B, "/api/assignments/" + assignment + "/progress", body);
            // unit B may not report on unit A's assignment: whatever the body, nothing may be accepted.
            if (single.statusCode() >= 500 || single.statusCode() < 400) {
                wrong.add("single %s: %d %s".formatted(body.name(), single.statusCode(), single.asString()));
            }
            // and a county system's batch naming an assignment that exists nowhere accepts nothing either.
            check(
                    wrong,
                    "batch " + body.name(),
                    post(Tokens.COUNTY_X, "/api/progress/batch", new BadInput.Body(body.name(), wrap(body.bytes()))));
        }
        assertThat(wrong)
                .as("bad progress payloads answered other than 4xx problem+json (fuzz seed %d)", SEED)
                .isEmpty();
        Health.assertAllReady("after bad progress payloads");
    }

    @Test
    void oversizedBodiesAreRefusedAsTheyAreReadWhateverTheTransferEncoding() throws Exception {
        List<String> wrong = new ArrayList<>();
        String assignment = firstAssignment();
        checkStatus(
                wrong,
                "chunked 20 MB batch",
                413,
                chunked(Tokens.COUNTY_X, "/api/progress/batch", BadInput.chunked20Mb("{\"reports\":[", "]}")));
        checkStatus(
                wrong,
                "chunked 20 MB single report",
                413,
                chunked(
                        Tokens.UNIT_A,
                        "/api/assignments/" + assignment + "/progress",
                        BadInput.chunked20Mb("{\"status\":\"IN_PROGRESS\"", "}")));
        // 3 MB that would be a million objects on the heap: reading stops at report 1,001.
        Response many = post(Tokens.COUNTY_X, "/api/progress/batch", BadInput.emptyReports(1_000_001));
        checkStatus(wrong, "1,000,001 empty reports", 422, many.statusCode(), many.contentType(), many.asString());
        assertThat(wrong)
                .as("oversized bodies answered other than 413/422 problem+json")
                .isEmpty();
        assertThat(many.jsonPath().getString("detail")).contains("at most 1000");
        Health.assertAllReady("after oversized bodies");
    }

    @Test
    void aReportWithAControlCharacterOrABackdatedTimeIsRejectedAloneAndTheRestStored() {
        String run = Stack.runId();
        String plan = Plans.importDocument("bad-text.txt", Plans.countyTasks(4), "系统测试控制字符" + run);
        Plans.publish(plan);
        List<Map<String, Object>> mine = Plans.awaitAssignments("assignments of the plan", plan, 16).stream()
                .filter(a -> "341821".equals(a.get("regionCode")))
                .toList();
        List<Map<String, Object>> reports = List.of(
                report(run, 0, mine, "推进中"),
                report(run, 1, mine, "推进中\u0000"),
                withReportedAt(report(run, 2, mine, "推进中"), "1970-01-01T00:00:00Z"),
                report(run, 3, mine, "一、推进中\r\n二、\t待审"));

        for (String send : List.of("first", "resent")) {
            var answer = Progress.batch(Tokens.COUNTY_X, Map.of("reports", reports));
            String fresh = send.equals("first") ? "ACCEPTED" : "DUPLICATE";
            assertThat(answer.getList("results.outcome", String.class))
                    .as("%s batch: %s", send, answer.prettify())
                    .containsExactly(fresh, "REJECTED", "REJECTED", fresh);
            assertThat(answer.getString("results[1].reason")).contains("control character (U+0000)");
            assertThat(answer.getString("results[2].reason")).contains("before the assignment existed");
        }
        Response nul = Stack.as(Tokens.COUNTY_X, Stack.ASSIGNMENT)
                .contentType("application/json")
                .body(Map.of("status", "IN_PROGRESS", "summary", "推进中\u0000"))
                .post("/api/assignments/" + mine.get(1).get("id") + "/progress");
        Response backdated = Stack.as(Tokens.COUNTY_X, Stack.ASSIGNMENT)
                .contentType("application/json")
                .body(Map.of("status", "IN_PROGRESS", "reportedAt", "1970-01-01T00:00:00Z"))
                .post("/api/assignments/" + mine.get(2).get("id") + "/progress");
        List<String> wrong = new ArrayList<>();
        checkStatus(wrong, "single with NUL", 422, nul.statusCode(), nul.contentType(), nul.asString());
        checkStatus(
                wrong, "single backdated", 422, backdated.statusCode(), backdated.contentType(), backdated.asString());
        assertThat(wrong).as("single reports with bad text or time").isEmpty();
        Health.assertAllReady("after reports with control characters");
    }

    private static Map<String, Object> report(
            String run, int i, List<Map<String, Object>> assignments, String summary) {
        Map<String, Object> report = new HashMap<>();
        report.put("reportId", "ctl-" + run + "-" + i);
        report.put("assignmentId", assignments.get(i).get("id"));
        report.put("status", "IN_PROGRESS");
        report.put("summary", summary);
        return report;
    }

    private static Map<String, Object> withReportedAt(Map<String, Object> report, String reportedAt) {
        report.put("reportedAt", reportedAt);
        return report;
    }

    private static void checkStatus(List<String> wrong, String what, int expected, HttpResponse<String> response) {
        checkStatus(
                wrong,
                what,
                expected,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static void checkStatus(
            List<String> wrong, String what, int expected, int status, String type, String text) {
        if (status != expected || type == null || !type.startsWith("application/problem+json")) {
            wrong.add("%s: %d %s %s".formatted(what, status, type, text.substring(0, Math.min(200, text.length()))));
        }
    }

    private static HttpResponse<String> chunked(String account, String path, InputStream body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.ASSIGNMENT + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Tokens.of(account))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void badImportDocumentsAre4xxProblems() {
        List<String> wrong = new ArrayList<>();
        Map<String, byte[]> documents = new java.util.LinkedHashMap<>();
        documents.put(
                "invalid UTF-8",
                new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd, (byte) 0x80, '|', (byte) 0xc3, '('});
        documents.put("empty", new byte[0]);
        documents.put("10 MB of one letter", "a".repeat(10 << 20).getBytes());
        documents.put("a zip that is no xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        documents.put("deep JSON", ("[".repeat(50_000) + "]".repeat(50_000)).getBytes());
        for (var document : documents.entrySet()) {
            Response response = Stack.as(Tokens.OFFICE, Stack.PLAN)
                    .multiPart("file", "fuzz.txt", document.getValue(), "text/plain")
                    .multiPart("year", "2026")
                    .multiPart("regionCode", "341800")
                    .multiPart("regionName", "x")
                    .post("/api/plans/import");
            check(wrong, "import " + document.getKey(), response);
        }
        for (String[] form : List.of(
                new String[] {"year", "abc"},
                new String[] {"level", "NOPE"},
                new String[] {"regionCode", "x".repeat(500)},
                new String[] {"title", "题".repeat(5000)},
                new String[] {"regionName", "区".repeat(5000)})) {
            Response response = Stack.as(Tokens.OFFICE, Stack.PLAN)
                    .multiPart("file", "plan.txt", "工作任务 | 责任单位 |\n1.任务 | 市发改委 |".getBytes(), "text/plain")
                    .multiPart("year", form[0].equals("year") ? form[1] : "2026")
                    .multiPart("regionCode", form[0].equals("regionCode") ? form[1] : "341800")
                    .multiPart("regionName", form[0].equals("regionName") ? form[1] : "x")
                    .multiPart("title", form[0].equals("title") ? form[1] : "导入的计划")
                    .multiPart("level", form[0].equals("level") ? form[1] : "CITY")
                    .post("/api/plans/import");
            check(
                    wrong,
                    "import with " + form[0] + "=" + form[1].substring(0, Math.min(10, form[1].length())),
                    response);
        }
        assertThat(wrong)
                .as("bad import documents answered other than 4xx problem+json")
                .isEmpty();
        Health.assertAllReady("after bad import documents");
    }

    @Test
    void webhooksToInternalOrMetadataTargetsAre4xxProblemsNamingTheUrl() {
        List<String> wrong = new ArrayList<>();
        for (String url : BadInput.internalWebhookTargets()) {
            Response response = Stack.as(Tokens.UNIT_A, Stack.REMINDER)
                    .contentType("application/json")
                    .body(Map.of(
                            "unitId",
                            "341800-fgw",
                            "channel",
                            "WEBHOOK",
                            "url",
                            url,
                            "secret",
                            "fz-secret-" + Stack.runId()))
                    .post("/api/subscriptions");
            check(wrong, "subscription to " + url, response);
            if (response.statusCode() < 500 && !"url".equals(response.jsonPath().getString("errors[0].field"))) {
                wrong.add("subscription to %s: not refused for its url: %s".formatted(url, response.asString()));
            }
        }
        assertThat(wrong)
                .as("webhook subscriptions to internal targets answered other than a 4xx problem about url")
                .isEmpty();
        Health.assertAllReady("after webhook subscriptions to internal targets");
    }

    @Test
    void oddPathsAndQueryParametersAre400Problems() {
        List<String> wrong = new ArrayList<>();
        for (BadInput.Query query : BadInput.queries()) {
            String base = Stack.SERVICES.stream()
                    .filter(s -> s.name().equals(query.service()))
                    .findFirst()
                    .orElseThrow()
                    .url();
            Response response =
                    Stack.as(Tokens.OFFICE, base).urlEncodingEnabled(false).get(query.uri());
            String type = String.valueOf(response.contentType());
            if (response.statusCode() != 400 || !type.startsWith("application/problem+json")) {
                String text = response.asString();
                wrong.add("%s %s: %d %s %s"
                        .formatted(
                                query.service(),
                                query.uri(),
                                response.statusCode(),
                                type,
                                text.substring(0, Math.min(200, text.length()))));
            }
        }
        assertThat(wrong)
                .as("odd paths and query parameters answered other than 400 problem+json")
                .isEmpty();
        Health.assertAllReady("after odd paths and query parameters");
    }

    private static Response post(String account, String path, BadInput.Body body) {
        return Stack.as(account, Stack.ASSIGNMENT)
                .contentType("application/json")
                .body(body.bytes())
                .post(path);
    }

    /** A 4xx problem, or (a batch read item by item) a 200 in which every item was rejected. */
    private static void check(List<String> wrong, String what, Response response) {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        boolean problem = status >= 400 && status < 500 && type.startsWith("application/problem+json");
        boolean allRejected = status == 200
                && response.jsonPath().getLong("accepted") == 0
                && response.jsonPath().getLong("duplicates") == 0;
        if (!problem && !allRejected) {
            String text = response.asString();
            wrong.add("%s: %d %s %s".formatted(what, status, type, text.substring(0, Math.min(200, text.length()))));
        }
    }

    private static byte[] wrap(byte[] report) {
        byte[] head = "{\"reports\":[".getBytes();
        byte[] all = new byte[head.length + report.length + 2];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(report, 0, all, head.length, report.length);
        all[all.length - 2] = ']';
        all[all.length - 1] = '}';
        return all;
    }

    private static String firstAssignment() {
        List<Map<String, Object>> items = Stack.as(Tokens.UNIT_A, Stack.ASSIGNMENT)
                .get("/api/assignments?size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return (String) items.get(0).get("id");
    }
}
