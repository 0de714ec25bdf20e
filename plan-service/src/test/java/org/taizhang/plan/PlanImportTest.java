package org.taizhang.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.parse.Samples;
import org.taizhang.testsupport.TestTokens;

@QuarkusTest
class PlanImportTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void shouldImportEachSampleCompletelyAsADraft() {
        importing(Samples.ONE_CELL_PER_LINE, Samples.bytes(Samples.ONE_CELL_PER_LINE))
                .statusCode(201)
                .body("plan.status", equalTo("DRAFT"))
                .body("plan.taskCount", equalTo(31))
                .body("plan.sourceFilename", equalTo(Samples.ONE_CELL_PER_LINE));
        String planId = importing(Samples.LEAD_AND_STATUS, Samples.bytes(Samples.LEAD_AND_STATUS))
                .statusCode(201)
                .body("plan.taskCount", equalTo(35))
                .body("plan.title", equalTo("city-plan-rows-with-lead-and-status"))
                .extract()
                .path("plan.id");
        importing(Samples.SECTION_COLUMN, Samples.bytes(Samples.SECTION_COLUMN))
                .statusCode(201)
                .body("plan.taskCount", equalTo(19))
                .body("diagnostics", notNullValue());

        PlanApi.tasks(planId, TestTokens.office())
                .body("[0].number", equalTo("1"))
                .body("[0].sectionPath[0]", containsString("十四五"))
                .body("[0].importedStatus", equalTo("已完成"))
                .body("[0].units.role", hasItem("LEAD"))
                .body("[0].units.name", hasItem("各县（市、区）政府"));
    }

    @Test
    void shouldKeepTheDiagnosticsForTheOffice() {
        String planId = importing(Samples.LEAD_AND_STATUS, Samples.bytes(Samples.LEAD_AND_STATUS))
                .statusCode(201)
                .extract()
                .path("plan.id");

        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/plans/" + planId + "/diagnostics")
                .then()
                .statusCode(200)
                .body("code", hasItem("AMBIGUOUS_UNITS"));
    }

    @Test
    void shouldRefuseDocumentsItCannotReadWithoutCreatingAPlan() {
        long before = Plan.count();
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);

        importing("empty.txt", new byte[0]).statusCode(422).contentType("application/problem+json");
        importing("junk.bin", junk).statusCode(422).body("detail", notNullValue());
        importing("notes.txt", "会议纪要\n今天讨论了三件事。\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(422);
        importing("bomb.docx", zipBomb()).statusCode(422).contentType("application/problem+json");
        importing("huge.txt", new byte[10 * 1024 * 1024 + 1]).statusCode(413).contentType("application/problem+json");

        assertThat(Plan.count()).isEqualTo(before);
    }

    @Test
    void shouldNameTheFormFieldThatIsMissingOrWrong() {
        given().auth()
                .oauth2(TestTokens.office())
                .multiPart("file", "plan.txt", Samples.bytes(Samples.SECTION_COLUMN))
                .multiPart("regionCode", "341800")
                .post("/api/plans/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        given().auth()
                .oauth2(TestTokens.office())
                .multiPart("year", "2026")
                .multiPart("regionCode", "341800")
                .post("/api/plans/import")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void shouldLetOnlyTheOfficeImport() {
        given().auth()
                .oauth2(TestTokens.unit("u-1"))
                .multiPart("file", "plan.txt", Samples.bytes(Samples.SECTION_COLUMN))
                .multiPart("year", "2026")
                .multiPart("regionCode", "341800")
                .post("/api/plans/import")
                .then()
                .statusCode(403)
                .body("status", equalTo(403))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void shouldAskAnAnonymousImporterForATokenBeforeLookingAtItsContentType() {
        given().contentType("text/plain")
                .body("一、总体要求")
                .post("/api/plans/import")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
        given().auth()
                .oauth2(TestTokens.expired())
                .contentType("text/plain")
                .body("一、总体要求")
                .post("/api/plans/import")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseTheOfficeAnImportThatIsNotAForm() {
        given().auth()
                .oauth2(TestTokens.office())
                .contentType("text/plain")
                .body("一、总体要求")
                .post("/api/plans/import")
                .then()
                .statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(415));
    }

    @Test
    void shouldRejectTaskTitleLongerThanLimitNamingTheTaskAndStoringNoDraft() {
        int draftsBefore = drafts();
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            rows.add(i + "|" + (i == 12 ? "做好规划公开".repeat(334) : "做好第" + i + "项规划公开") + "|市发改委|年底前");
        }

        importing("too-long-title.txt", table(rows))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("about:blank"))
                .body("status", equalTo(422))
                .body("detail", containsString("第12项任务（序号 12）的工作任务超过 2000 字（有 2004 字，限 2000 字）"))
                .body("errors[0].field", equalTo("tasks[11].title"));

        assertThat(drafts()).isEqualTo(draftsBefore);
    }

    @Test
    void shouldRejectADeadlineLongerThanItsColumnStoringNoDraft() {
        int draftsBefore = drafts();
        List<String> rows = List.of("1|做好规划公开|市发改委|年底前", "2|做好财政公开|市财政局|" + "年底前完成".repeat(41));

        importing("too-long-deadline.txt", table(rows))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("第2项任务（序号 2）的完成时限超过 200 字"));

        assertThat(drafts()).isEqualTo(draftsBefore);
    }

    @Test
    void shouldRejectMoreTasksThanAPlanMayHaveStoringNoDraft() {
        int draftsBefore = drafts();
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 2001; i++) {
            rows.add(i + "|做好第" + i + "项规划公开|市发改委|年底前");
        }

        importing("too-many-tasks.txt", table(rows))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("文件有 2001 项任务，一个计划最多 2000 项"));

        assertThat(drafts()).isEqualTo(draftsBefore);
    }

    @Test
    void shouldRejectFormFieldsLongerThanThePlanKeepsStoringNoDraft() {
        int draftsBefore = drafts();
        byte[] plan = table(List.of("1|做好规划公开|市发改委|年底前"));

        importing("plan.txt", plan, Map.of("title", "计".repeat(501)))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("计划标题超过 500 字"))
                .body("errors[0].field", equalTo("title"));
        importing("plan.txt", plan, Map.of("regionName", "宣".repeat(101)))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("regionName"));
        importing("n".repeat(297) + ".txt", plan, Map.of())
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("file"));
        importing("plan.txt", plan, Map.of("regionCode", "1".repeat(13)))
                .statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
        importing("plan.txt", plan, Map.of("level", "X".repeat(5000)))
                .statusCode(400)
                .body("errors[0].field", equalTo("level"));
        importing("plan.txt", plan, Map.of("year", "2".repeat(5000)))
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        importing("plan.txt", plan, Map.of("title", "计".repeat(3000)))
                .statusCode(422)
                .body("detail", containsString("计划标题超过 500 字（有 3000 字"));
        importing("plan.txt", plan, Map.of("title", "计".repeat(6000)))
                .statusCode(413)
                .contentType(PROBLEM_JSON);

        assertThat(drafts()).isEqualTo(draftsBefore);
    }

    @Test
    void shouldImportFormFieldsAtTheirLimits() {
        importing(
                        "n".repeat(296) + ".txt",
                        table(List.of("1|做好规划公开|市发改委|年底前")),
                        Map.of("title", "计".repeat(500), "regionName", "宣".repeat(100)))
                .statusCode(201)
                .body("plan.regionName", equalTo("宣".repeat(100)));
    }

    /** A pipe-separated task table as offices paste it into a text file. */
    private static byte[] table(List<String> rows) {
        return ("序号|工作任务|责任单位|完成时限\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** How many drafts the office sees in the plan list. */
    private static int drafts() {
        return given().auth()
                .oauth2(TestTokens.office())
                .queryParam("status", "DRAFT")
                .get("/api/plans")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private static ValidatableResponse importing(String filename, byte[] content, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(Map.of("year", "2026", "regionCode", "341800"));
        form.putAll(fields);
        var request = given().auth().oauth2(TestTokens.office()).multiPart("file", filename, content);
        for (var field : form.entrySet()) {
            request = request.multiPart(new MultiPartSpecBuilder(field.getValue())
                    .controlName(field.getKey())
                    .charset(StandardCharsets.UTF_8)
                    .build());
        }
        return request.post("/api/plans/import").then();
    }

    private static ValidatableResponse importing(String filename, byte[] content) {
        return given().auth()
                .oauth2(TestTokens.office())
                .multiPart("file", filename, content)
                .multiPart("year", "2026")
                .multiPart("regionCode", "341800")
                .post("/api/plans/import")
                .then();
    }

    /** A .docx-looking zip whose document part inflates from a few kilobytes to hundreds of megabytes. */
    private static byte[] zipBomb() {
        try (var bytes = new ByteArrayOutputStream();
                var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
