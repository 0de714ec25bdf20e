package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.Samples.PLAN_ID;
import static org.taizhang.console.Samples.TASK_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** The office's plan pages: the list, a draft's review with diagnostics beside tasks, fixing a task, publishing. */
@QuarkusTest
class PlanPagesTest {

    private static final String PLAN = "/api/plans/" + PLAN_ID;

    @BeforeEach
    void draftPlan() {
        UpstreamServices.reset();
        UpstreamServices.answer("GET", "/api/plans", json(Samples.planPage("DRAFT")));
        UpstreamServices.answer("GET", PLAN, json(Samples.plan("DRAFT")));
        UpstreamServices.answer("GET", PLAN + "/tasks", json("[" + Samples.task("视情况而定") + "]"));
        UpstreamServices.answer("GET", PLAN + "/tasks/" + TASK_ID, json(Samples.task("视情况而定")));
        UpstreamServices.answer("GET", PLAN + "/diagnostics", json(Samples.diagnostics()));
    }

    @Test
    void shouldListPlansWithTheSignedInOfficesTokenAndKeepFiltersInPageLinks() {
        String token = TestTokens.office();
        String page = Browser.as(token)
                .get("/plans?q=宣城&year=2026&status=DRAFT&page=1")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("2026年宣城市政务公开重点工作任务分工", "共 41 个方案", "第 2 / 3 页");
        assertThat(page).contains("/plans?q=%E5%AE%A3%E5%9F%8E&amp;year=2026&amp;status=DRAFT&amp;page=2");
        UpstreamServices.Call call = UpstreamServices.calls("GET", "/api/plans").get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(call.query()).contains("year=2026", "status=DRAFT", "page=1", "size=20");
    }

    @Test
    void shouldShowEachDiagnosticBesideItsTaskAndTheGeneralOnesAbove() {
        String page = Browser.office()
                .get("/plans/" + PLAN_ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        int row = page.indexOf("id=\"task-" + TASK_ID + "\"");
        assertThat(row).isPositive();
        assertThat(page.indexOf("时限「视情况而定」未能识别", row)).isGreaterThan(row);
        assertThat(page.indexOf("未找到表头")).isBetween(0, row);
        assertThat(page)
                .contains("其中 <strong>1</strong> 项需核对", "发布方案", "/plans/" + PLAN_ID + "/tasks/" + TASK_ID + "/edit");
    }

    @Test
    void shouldSendAFixedTaskAsPhrasesAndReturnToItsRow() {
        UpstreamServices.answer("PUT", PLAN + "/tasks/" + TASK_ID, json(Samples.task("年底前")));

        Response saved = Browser.office()
                .formParam("number", "12")
                .formParam("sections", "二、深化政务公开\n（一）加强政策解读\n")
                .formParam("title", "做好政策解读发布工作")
                .formParam("deadline", "年底前")
                .formParam("leadUnits", "市发改委")
                .formParam("responsibleUnits", "各县（市、区）政府")
                .post("/plans/" + PLAN_ID + "/tasks/" + TASK_ID + "/edit");

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/plans/" + PLAN_ID + "?notice=task-saved#task-" + TASK_ID);
        String sent =
                UpstreamServices.calls("PUT", PLAN + "/tasks/" + TASK_ID).get(0).text();
        assertThat(sent)
                .contains("\"sectionPath\":[\"二、深化政务公开\",\"（一）加强政策解读\"]", "\"deadline\":\"年底前\"")
                .contains("\"leadUnits\":\"市发改委\"", "\"responsibleUnits\":\"各县（市、区）政府\"");
    }

    @Test
    void shouldShowTheServicesWordsBesideTheFormWhenATaskIsRefused() {
        UpstreamServices.answer(
                "PUT",
                PLAN + "/tasks/" + TASK_ID,
                json(422, Samples.problem(422, "invalid", "deadline", "完成时限「明年」无法识别")));

        String page = Browser.office()
                .formParam("title", "做好政策解读发布工作")
                .formParam("deadline", "明年")
                .post("/plans/" + PLAN_ID + "/tasks/" + TASK_ID + "/edit")
                .then()
                .statusCode(422)
                .extract()
                .asString();

        assertThat(page).contains("完成时限「明年」无法识别", "value=\"明年\"");
    }

    @Test
    void shouldListTheTasksThatCannotBePublishedOnThePlansPage() {
        UpstreamServices.answer(
                "POST",
                PLAN + "/publish",
                json(422, Samples.problem(422, "1 task(s)", "tasks." + TASK_ID + ".deadline", "任务 12 没有可识别的时限")));

        String page = Browser.office()
                .formParam("defaultDeadline", "")
                .post("/plans/" + PLAN_ID + "/publish")
                .then()
                .statusCode(422)
                .extract()
                .asString();

        assertThat(page).contains("未能完成", "任务 12 没有可识别的时限", "做好政策解读发布工作");
    }

    @Test
    void shouldPublishWithTheDefaultDeadline() {
        UpstreamServices.answer("POST", PLAN + "/publish", json(Samples.plan("PUBLISHED")));

        Response published =
                Browser.office().formParam("defaultDeadline", "年底前").post("/plans/" + PLAN_ID + "/publish");

        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(published.header("Location")).endsWith("?notice=published");
        assertThat(UpstreamServices.calls("POST", PLAN + "/publish").get(0).text())
                .contains("\"defaultDeadline\":\"年底前\"");
    }

    @Test
    void shouldForwardAnImportWithItsFileNameAndOpenTheDraft() {
        UpstreamServices.answer(
                "POST", "/api/plans/import", json(201, "{\"plan\":" + Samples.plan("DRAFT") + ",\"diagnostics\":[]}"));

        MultipartForm form = new MultipartForm()
                .file("file", "分工方案.txt", "text/plain", "序号|任务|牵头单位\n1|做好政策解读|市发改委\n".getBytes(StandardCharsets.UTF_8))
                .field("year", "2026")
                .field("regionCode", "341800")
                .field("regionName", "宣城市")
                .field("level", "CITY");
        Response imported = Browser.office()
                .contentType(form.contentType())
                .body(form.bytes())
                .post("/plans/import");

        assertThat(imported.statusCode()).isEqualTo(303);
        assertThat(imported.header("Location")).endsWith("/plans/" + PLAN_ID + "?notice=imported");
        UpstreamServices.Call sent =
                UpstreamServices.calls("POST", "/api/plans/import").get(0);
        assertThat(sent.contentType()).startsWith("multipart/form-data");
        assertThat(sent.text()).contains("filename=\"分工方案.txt\"", "做好政策解读", "341800");
    }

    @Test
    void shouldShowAnImportRefusalInTheFormKeepingWhatWasTyped() {
        UpstreamServices.answer(
                "POST",
                "/api/plans/import",
                json(422, "{\"title\":\"Unprocessable\",\"status\":422,\"detail\":\"文件中没有可识别的任务表\"}"));

        MultipartForm form = new MultipartForm()
                .file("file", "notes.txt", "text/plain", "只是一段说明".getBytes(StandardCharsets.UTF_8))
                .field("year", "2026")
                .field("regionCode", "341800")
                .field("regionName", "宣城市");
        String page = Browser.office()
                .contentType(form.contentType())
                .body(form.bytes())
                .post("/plans/import")
                .then()
                .statusCode(422)
                .extract()
                .asString();

        assertThat(page).contains("文件中没有可识别的任务表", "value=\"宣城市\"");
    }

    @Test
    void shouldRefuseAnImportFormWithoutFileOrWithABadRegionBeforeCallingPlanService() {
        String page = Browser.office()
                .multiPart("year", "2026")
                .multiPart("regionCode", "34x8")
                .post("/plans/import")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(page).contains("请选择要导入的方案文件", "地区代码应为 2–12 位数字");
        assertThat(UpstreamServices.calls("POST", "/api/plans/import")).isEmpty();
    }

    @Test
    void shouldAnswerABadPageAddressWith400NotA500() {
        Browser.office().get("/plans?page=abc").then().statusCode(400);
        Browser.office().get("/plans?year=1999").then().statusCode(400);
        Browser.office().get("/plans/not-a-uuid").then().statusCode(400);
        assertThat(UpstreamServices.calls()).isEmpty();
    }
}
