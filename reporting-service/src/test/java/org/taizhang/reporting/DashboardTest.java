package org.taizhang.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's HTML as a browser without a token gets it. */
@QuarkusTest
class DashboardTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private DashboardScenario scenario;

    @BeforeEach
    void plans() {
        scenario = new DashboardScenario(bootstrapServers, "329200", "癸市");
    }

    @Test
    void shouldListThePublishedPlans() {
        String html = page("/dashboard?year=" + scenario.city.year, 200);

        assertThat(html)
                .contains("<html lang=\"zh-CN\">", scenario.city.title, "/dashboard/plans/" + scenario.city.planId);
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void shouldListPlansAPageAtATime() {
        String html = page("/dashboard?page=0", 200);

        assertThat(html).contains("/dashboard/plans/");
        assertThat(page("/dashboard?page=9999", 200)).contains("暂无已发布的计划");
        given().get("/dashboard?page=-1").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldShowThePlanWithSectionAndCountyBarsLightsAndExports() {
        String html = page("/dashboard/plans/" + scenario.city.planId, 200);

        assertThat(html).contains(scenario.city.title, "各板块任务完成率", "各县（市、区）完成率", "完成率变化");
        assertThat(html).contains("一、深化重点领域信息公开", "二、加强政策解读");
        assertThat(html).contains("<svg", "aria-label=\"完成率 100%\"", "aria-label=\"完成率 0%\"", "癸市东县", "癸市西县");
        assertThat(html).contains("class=\"light RED\"", "class=\"light GREEN\"");
        assertThat(html)
                .contains(
                        "/annual?format=docx",
                        "/annual?format=xlsx",
                        "/annual?format=csv",
                        "/scorecards?year=" + scenario.city.year + "&amp;format=xlsx");
        assertThat(html).contains("/dashboard/units/", "?year=" + scenario.city.year);
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void shouldListAPlansUnitsAPageAtATimeBeyondTheFirstOnItsPage() {
        String plan = "/dashboard/plans/" + scenario.city.planId;

        String overview = page(plan, 200);
        String second = page(plan + "/units?page=1", 200);

        // %test shows 3 units a page; the city plan has 4
        assertThat(rows(overview)).isEqualTo(3);
        assertThat(overview).contains("共 4 个单位", "href=\"" + plan + "/units\"");
        assertThat(rows(page(plan + "/units", 200))).isEqualTo(3);
        assertThat(rows(second)).isEqualTo(1);
        // the one unit with all its work done comes last
        assertThat(second).contains("/dashboard/units/" + scenario.fgw.id() + "?year=" + scenario.city.year);
        assertThat(second).contains("第 2 / 2 页，共 4 个单位", "上一页").doesNotContain("下一页");
        assertThat(page(plan + "/units?page=7", 200)).contains("此页没有单位");
        given().get(plan + "/units?page=-1").then().statusCode(400).contentType("application/problem+json");
        assertThat(page("/dashboard/plans/no-such-plan/units", 404)).contains("未找到");
    }

    @Test
    void shouldDrillDownToATaskAndToAUnit() {
        String task = page("/dashboard/plans/" + scenario.city.planId + "/tasks/" + scenario.reportedTask, 200);
        assertThat(task).contains("已在门户网站设立专栏", "href=\"" + DashboardScenario.EVIDENCE + "\"", "牵头", "已完成");

        String unit = page("/dashboard/units/" + scenario.fgw.id() + "?year=" + scenario.city.year, 200);
        assertThat(unit).contains(scenario.fgw.name(), scenario.city.title, "任务清单");
    }

    @Test
    void shouldForbidScriptsFramingAndSniffingOnEveryPage() {
        for (String path :
                new String[] {"/dashboard", "/dashboard/plans/" + scenario.city.planId, "/dashboard/plans/x"}) {
            var response = given().accept("text/html").when().get(path);
            assertThat(response.header("Content-Security-Policy"))
                    .as(path)
                    .contains("default-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("script-src");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void shouldAnswerAnUnknownPlanWithAPageNotFound() {
        assertThat(page("/dashboard/plans/no-such-plan", 404)).contains("未找到");
        assertThat(page("/dashboard/units/no-such-unit", 404)).contains("未找到");
    }

    private static int rows(String html) {
        String units = html.substring(html.indexOf("<table id=\"units\">"));
        return units.substring(0, units.indexOf("</table>")).split("<tr><td>", -1).length - 1;
    }

    private static String page(String path, int status) {
        return given().accept("text/html")
                .get(path)
                .then()
                .statusCode(status)
                .contentType("text/html")
                .extract()
                .asString();
    }
}
