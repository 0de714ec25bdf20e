package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.Samples.ASSIGNMENT_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A unit's own record: the ledger of its year and the reminders it was sent, always its own unit's. */
@QuarkusTest
class MyWorkPagesTest {

    private static final String LEDGER = "/api/units/341800-fgw/ledger";

    @BeforeEach
    void ledger() {
        UpstreamServices.reset();
        UpstreamServices.answer(
                "GET",
                LEDGER,
                json("{\"unitId\":\"341800-fgw\",\"unitName\":\"市发展和改革委员会\",\"year\":2026,"
                        + "\"byStatus\":{\"IN_PROGRESS\":1},\"byLight\":{\"RED\":1},\"overdue\":1,\"rows\":[{"
                        + "\"assignmentId\":\"" + ASSIGNMENT_ID + "\",\"planTitle\":\"2026年宣城市政务公开重点工作任务分工\","
                        + "\"taskNumber\":\"12\",\"taskTitle\":\"做好政策解读发布工作\",\"role\":\"LEAD\","
                        + "\"deadline\":{\"raw\":\"6月底前\",\"kind\":\"FIXED\",\"dueDate\":\"2026-06-30\"},"
                        + "\"status\":\"IN_PROGRESS\",\"percent\":60,\"overdue\":true,\"light\":\"RED\","
                        + "\"lastReportAt\":\"2026-05-30T08:00:00Z\",\"lastSummary\":\"已完成初稿\"}]}"));
        UpstreamServices.answer(
                "GET",
                "/api/reminders",
                json("{\"items\":[{\"id\":\"5b2c0b7e-3c52-4d8e-9a57-0f4f8f0e2a11\",\"assignmentId\":\"" + ASSIGNMENT_ID
                        + "\",\"kind\":\"OVERDUE\",\"dueDate\":\"2026-06-30\",\"step\":2,\"status\":\"DELIVERED\","
                        + "\"issuedAt\":\"2026-07-02T01:00:03Z\"}],\"page\":0,\"size\":20,\"total\":1}"));
    }

    @Test
    void shouldShowTheUnitsOwnLedgerOfTheChosenYear() {
        String page = Browser.unit("341800-fgw")
                .get("/my/ledger?year=2026")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("2026 年工作台账", "逾期 <strong>1</strong> 项", "已完成初稿", "推进中 1");
        assertThat(page).contains("href=\"/assignments/" + ASSIGNMENT_ID + "\"", "href=\"/my/ledger.xlsx?year=2026\"");
        assertThat(UpstreamServices.calls("GET", LEDGER).get(0).query()).isEqualTo("year=2026");
    }

    @Test
    void shouldAskForTheLedgerWorkbookAndPassItOnAsADownload() {
        byte[] xlsx = {'P', 'K', 3, 4};
        UpstreamServices.answer(
                "GET",
                LEDGER,
                new UpstreamServices.Answer(
                        200,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        xlsx,
                        Map.of("Content-Disposition", "attachment; filename=\"ledger.xlsx\"")));

        byte[] file = Browser.unit("341800-fgw")
                .get("/my/ledger.xlsx?year=2026")
                .then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"ledger.xlsx\"")
                .extract()
                .asByteArray();

        assertThat(file).isEqualTo(xlsx);
    }

    @Test
    void shouldListTheRemindersSentToTheUnit() {
        String page = Browser.unit("341800-fgw")
                .get("/my/reminders")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("逾期催办 · 第 2 次", "2026-06-30", "共 1 条");
        assertThat(UpstreamServices.calls("GET", "/api/reminders").get(0).query())
                .contains("unitId=341800-fgw");
    }

    @Test
    void shouldRefuseTheUnitPagesToSomeoneWithoutAUnit() {
        String page = Browser.office()
                .get("/my/ledger")
                .then()
                .statusCode(403)
                .extract()
                .asString();

        assertThat(page).contains("无权访问");
        assertThat(UpstreamServices.calls()).isEmpty();
    }
}
