package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.Samples.ASSIGNMENT_ID;
import static org.taizhang.console.Samples.FILE_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A unit's pages: its assignments by due date, one assignment's history, a report with evidence files. */
@QuarkusTest
class AssignmentPagesTest {

    private static final String ASSIGNMENT = "/api/assignments/" + ASSIGNMENT_ID;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @BeforeEach
    void oneAssignment() {
        UpstreamServices.reset();
        UpstreamServices.answer("GET", "/api/assignments", json(Samples.assignmentPage("341800-fgw")));
        UpstreamServices.answer("GET", ASSIGNMENT, json(Samples.assignment("341800-fgw", "RED")));
        UpstreamServices.answer("GET", ASSIGNMENT + "/progress", json("[" + Samples.report() + "]"));
        UpstreamServices.answer("GET", ASSIGNMENT + "/evidence", json("[" + Samples.evidenceFile() + "]"));
    }

    @Test
    void shouldListTheUnitsAssignmentsEarliestDueFirstWithLights() {
        String page = Browser.unit("341800-fgw")
                .get("/my/assignments?status=IN_PROGRESS")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("class=\"light RED\"", "逾期", "做好政策解读发布工作", "6月底前（2026-06-30）");
        assertThat(UpstreamServices.calls("GET", "/api/assignments").get(0).query())
                .contains("sort=DUE", "status=IN_PROGRESS");
    }

    @Test
    void shouldShowACappedTotalAsMoreThanItAndAnExactOneAsItIs() {
        String capped = Samples.assignmentPage("341800-fgw")
                .replace("\"total\":1}", "\"total\":10000," + "\"totalExact\":false,\"next\":\"YTE\"}");
        UpstreamServices.answer("GET", "/api/assignments", json(capped));

        String page = Browser.office()
                .get("/assignments")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        UpstreamServices.answer("GET", "/api/assignments", json(Samples.assignmentPage("341800-fgw")));
        String exact = Browser.office()
                .get("/assignments")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("共 10000+ 项");
        assertThat(exact).contains("共 1 项");
    }

    @Test
    void shouldShowHistoryWithFileLinksAndNeverAScriptLink() {
        String page = Browser.unit("341800-fgw")
                .get("/assignments/" + ASSIGNMENT_ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page)
                .contains("已完成初稿", "政策解读发布截图.png", "/assignments/" + ASSIGNMENT_ID + "/evidence/" + FILE_ID)
                .contains("href=\"https://www.xuancheng.gov.cn/zcjd/1.html\"");
        assertThat(page).doesNotContain("href=\"javascript:");
    }

    @Test
    void shouldUploadEachFileThenReportCitingTheirIds() {
        UpstreamServices.answer("POST", ASSIGNMENT + "/evidence", json(201, Samples.evidenceFile()));
        UpstreamServices.answer("POST", ASSIGNMENT + "/progress", json(201, Samples.report()));
        MultipartForm form = new MultipartForm()
                .field("status", "IN_PROGRESS")
                .field("percent", "60")
                .field("summary", "已在门户网站设立专栏")
                .field("links", "https://www.xuancheng.gov.cn/zcjd/1.html\n")
                .file("files", "专栏截图.png", "image/png", PNG);

        Response reported = Browser.unit("341800-fgw")
                .contentType(form.contentType())
                .body(form.bytes())
                .post("/assignments/" + ASSIGNMENT_ID + "/report");

        assertThat(reported.statusCode()).isEqualTo(303);
        assertThat(reported.header("Location")).endsWith("/assignments/" + ASSIGNMENT_ID + "?notice=reported");
        assertThat(UpstreamServices.calls("POST", ASSIGNMENT + "/evidence")
                        .get(0)
                        .text())
                .contains("name=\"file\"; filename=\"专栏截图.png\"");
        assertThat(UpstreamServices.calls("POST", ASSIGNMENT + "/progress")
                        .get(0)
                        .text())
                .contains("\"evidenceFileIds\":[\"" + FILE_ID + "\"]", "\"summary\":\"已在门户网站设立专栏\"")
                .contains("\"percent\":60", "\"evidence\":[\"https://www.xuancheng.gov.cn/zcjd/1.html\"]");
    }

    @Test
    void shouldShowARefusedFileBesideTheFormAndSendNoReport() {
        UpstreamServices.answer(
                "POST",
                ASSIGNMENT + "/evidence",
                json(415, "{\"title\":\"Unsupported Media Type\",\"status\":415,\"detail\":\"不是 PDF、图片或 Office 文档\"}"));
        MultipartForm form = new MultipartForm()
                .field("status", "IN_PROGRESS")
                .field("summary", "已在门户网站设立专栏")
                .file("files", "run.exe", "application/octet-stream", "MZ".getBytes(StandardCharsets.UTF_8));

        String page = Browser.unit("341800-fgw")
                .contentType(form.contentType())
                .body(form.bytes())
                .post("/assignments/" + ASSIGNMENT_ID + "/report")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(page).contains("文件「run.exe」未能上传", "不是 PDF、图片或 Office 文档", "已在门户网站设立专栏");
        assertThat(UpstreamServices.calls("POST", ASSIGNMENT + "/progress")).isEmpty();
    }

    @Test
    void shouldRefuseAReportWithAScriptLinkBeforeUploadingAnything() {
        MultipartForm form = new MultipartForm()
                .field("status", "COMPLETED")
                .field("summary", "完成")
                .field("links", "javascript:alert(1)")
                .file("files", "a.png", "image/png", PNG);

        String page = Browser.unit("341800-fgw")
                .contentType(form.contentType())
                .body(form.bytes())
                .post("/assignments/" + ASSIGNMENT_ID + "/report")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(page).contains("佐证链接应以 http:// 或 https:// 开头");
        assertThat(UpstreamServices.calls("POST", ASSIGNMENT + "/evidence")).isEmpty();
    }

    @Test
    void shouldShowTheForbiddenPageWhenTheServiceRefusesAnotherUnitsAssignment() {
        UpstreamServices.answer(
                "GET", ASSIGNMENT, json(403, "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Not your unit\"}"));

        String page = Browser.unit("341800-czj")
                .get("/assignments/" + ASSIGNMENT_ID)
                .then()
                .statusCode(403)
                .extract()
                .asString();

        assertThat(page).contains("无权访问").doesNotContain("做好政策解读发布工作");
    }

    @Test
    void shouldPassAnEvidenceFileOnAsADownloadNeverInline() {
        UpstreamServices.answer(
                "GET",
                ASSIGNMENT + "/evidence/" + FILE_ID,
                new UpstreamServices.Answer(
                        200, "image/png", PNG, Map.of("Content-Disposition", "inline; filename=\"shot.png\"")));

        Response file = Browser.unit("341800-fgw").get("/assignments/" + ASSIGNMENT_ID + "/evidence/" + FILE_ID);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"shot.png\"");
        assertThat(file.asByteArray()).isEqualTo(PNG);
    }
}
