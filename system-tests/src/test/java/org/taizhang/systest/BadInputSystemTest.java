package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fuzzed import documents and progress payloads get a 4xx problem, never a 5xx; every service stays healthy. */
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
