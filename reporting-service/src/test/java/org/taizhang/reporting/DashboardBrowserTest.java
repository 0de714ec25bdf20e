package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The dashboard in a real headless Chromium: every page renders, logs nothing to the console, and looks right. */
@QuarkusTest
class DashboardBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "screenshots", "overview.png");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldRenderEveryPageWithoutConsoleErrorsAndScreenshotTheOverview() throws Exception {
        HeadlessChromium chromium = HeadlessChromium.installed();
        DashboardScenario scenario = new DashboardScenario(bootstrapServers, "329100", "辛市");
        String base = root.toString().replaceAll("/$", "");
        String overview = base + "/dashboard/plans/" + scenario.city.planId;
        Map<String, String> pages = Map.of(
                base + "/dashboard?year=" + scenario.city.year,
                scenario.city.title,
                overview,
                "各县（市、区）完成率",
                overview + "/tasks/" + scenario.reportedTask,
                "已在门户网站设立专栏",
                base + "/dashboard/units/" + scenario.fgw.id() + "?year=" + scenario.city.year,
                "任务清单",
                overview + "/units?page=1",
                scenario.fgw.name());

        for (var page : pages.entrySet()) {
            HeadlessChromium.Page rendered = chromium.dumpDom(page.getKey());
            assertThat(rendered.dom()).as(page.getKey()).contains(page.getValue());
            assertThat(rendered.console()).as("console of " + page.getKey()).isEmpty();
        }
        assertThat(chromium.dumpDom(overview).dom()).contains("<svg", "class=\"light RED\"");

        chromium.screenshot(overview, SCREENSHOT, 1366, 1800);
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertThat(png).startsWith(PNG);
        assertThat(png.length)
                .as("a screenshot with charts and tables, not a blank page")
                .isGreaterThan(40_000);
    }
}
