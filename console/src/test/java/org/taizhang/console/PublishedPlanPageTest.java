package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.Samples.PLAN_ID;
import static org.taizhang.console.Samples.TASK_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A published plan's page: its amendments with the tasks they changed, the dashboard, the annual report. */
@QuarkusTest
class PublishedPlanPageTest {

    private static final String PLAN = "/api/plans/" + PLAN_ID;

    @BeforeEach
    void publishedPlan() {
        UpstreamServices.reset();
        UpstreamServices.answer("GET", PLAN, json(Samples.plan("PUBLISHED")));
        UpstreamServices.answer("GET", PLAN + "/tasks", json("[" + Samples.task("年底前") + "]"));
        UpstreamServices.answer(
                "GET",
                PLAN + "/amendments",
                json("[{\"id\":\"1d2f0b7e-3c52-4d8e-9a57-0f4f8f0e2a11\",\"taskId\":\"" + TASK_ID + "\","
                        + "\"kind\":\"CHANGED\",\"reason\":\"根据省里要求调整时限\",\"amendedBy\":\"office\","
                        + "\"amendedAt\":\"2026-04-01T02:00:00Z\"}]"));
    }

    @Test
    void shouldShowAmendmentsWithTheirTasksAndTheLinksOfAPublishedPlan() {
        String page = Browser.auditor()
                .get("/plans/" + PLAN_ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("修改记录", "根据省里要求调整时限", "12. 做好政策解读发布工作", "2026-04-01 10:00");
        assertThat(page)
                .contains("http://127.0.0.1:8084/dashboard/plans/" + PLAN_ID)
                .contains("/plans/" + PLAN_ID + "/annual?format=xlsx", "/assignments?planId=" + PLAN_ID);
        assertThat(page).as("auditors read, they do not change").doesNotContain("/edit\"", "生成草稿");
        assertThat(UpstreamServices.calls("GET", PLAN + "/diagnostics")).isEmpty();
    }

    @Test
    void shouldPassTheAnnualReportOnAsADownloadInTheChosenFormat() {
        byte[] docx = {'P', 'K', 3, 4, 1};
        UpstreamServices.answer(
                "GET",
                "/api/reports/plans/" + PLAN_ID + "/annual",
                new UpstreamServices.Answer(
                        200,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        docx,
                        Map.of("Content-Disposition", "attachment; filename=\"annual.docx\"")));

        byte[] file = Browser.office()
                .get("/plans/" + PLAN_ID + "/annual?format=docx")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        assertThat(file).isEqualTo(docx);
        assertThat(UpstreamServices.calls("GET", "/api/reports/plans/" + PLAN_ID + "/annual")
                        .get(0)
                        .query())
                .isEqualTo("format=docx");
        Browser.office().get("/plans/" + PLAN_ID + "/annual?format=exe").then().statusCode(400);
    }
}
