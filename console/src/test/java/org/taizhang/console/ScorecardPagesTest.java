package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** The year's assessment of units: the ranked scorecards with their working, page by page, and the Excel file. */
@QuarkusTest
class ScorecardPagesTest {

    private static final String SCORECARDS = "/api/reports/scorecards";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @BeforeEach
    void reset() {
        UpstreamServices.reset();
    }

    @Test
    void shouldShowTheScorecardsTheServiceAnsweredRankedPageByPage() {
        UpstreamServices.answer("GET", SCORECARDS, json(OfficeSamples.scorecards(25)));
        String token = TestTokens.auditor();

        String first = Browser.as(token)
                .get("/scorecards?year=2026&regionCode=341800")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String second = Browser.as(token)
                .get("/scorecards?year=2026&regionCode=341800&page=1")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        UpstreamServices.Call call = UpstreamServices.calls("GET", SCORECARDS).get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(call.query()).isEqualTo("year=2026&regionCode=341800");
        assertThat(first)
                .contains("2026 年度政务公开工作考核评分", "共 25 个单位", "第 1 / 2 页", "宣城市发展和改革委员会", "93.0")
                .contains("数据计算于</dt><dd>2026-12-07 10:05")
                .contains("70 × (4 + 0.5 × 1)", "href=\"/scorecards/download?year=2026&amp;regionCode=341800\"")
                .contains("/scorecards?year=2026&amp;regionCode=341800&amp;page=1")
                .doesNotContain("单位20<");
        assertThat(second).contains("单位20", "72.0").doesNotContain("宣城市发展和改革委员会");
    }

    @Test
    void shouldPassTheExcelFileOnAsADownload() {
        byte[] file = {'P', 'K', 3, 4, 20, 0};
        UpstreamServices.answer(
                "GET",
                SCORECARDS,
                new UpstreamServices.Answer(
                        200,
                        XLSX,
                        file,
                        Map.of("Content-Disposition", "attachment; filename=\"scorecards-2026.xlsx\"")));

        Response download = Browser.office().get("/scorecards/download?year=2026");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo(XLSX);
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"scorecards-2026.xlsx\"");
        assertThat(download.asByteArray()).isEqualTo(file);
        assertThat(UpstreamServices.calls("GET", SCORECARDS).get(0).query()).isEqualTo("year=2026&format=xlsx");
    }

    @Test
    void shouldShowTheServicesRefusalBesideTheFilterForm() {
        UpstreamServices.answer(
                "GET",
                SCORECARDS,
                json(400, Samples.problem(400, "invalid", "regionCode", "regionCode 须为行政区划代码，如 341800")));

        String page = Browser.office()
                .get("/scorecards?regionCode=99")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(page).contains("未能生成", "regionCode 须为行政区划代码", "value=\"99\"");
    }

    @Test
    void shouldRefuseABadYearBeforeCallingTheService() {
        Browser.office().get("/scorecards?year=1999").then().statusCode(400);
        Browser.office().get("/scorecards/download?regionCode=34x").then().statusCode(400);

        assertThat(UpstreamServices.calls()).isEmpty();
    }
}
