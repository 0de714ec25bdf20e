package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A unit never sees another unit's assignment or evidence file in the console: 市财政局, logged in through Keycloak's
 * form, gets the console's 403 page for 市发改委's assignment, its audit trail and its file, and its own lists never
 * show the task; 市发改委, in the same browser afterwards, sees all three (so the refusals are about scope).
 */
class ConsoleScopeSystemTest {

    @Test
    void aUnitGetsTheForbiddenPageForAnotherUnitsAssignmentAndFileAndNeverListsThem() throws Exception {
        String run = Stack.runId();
        String task = "公开发展规划（" + run + "）";
        String document =
                "工作任务 | 工作要求 | 牵头单位 | 责任单位 | 时限 |\n一、范围测试 | ||||\n1." + task + " | 在门户网站公开。 | 市发改委 | | 年底前 |\n";
        String plan = Plans.importDocument("scope.txt", document.getBytes(StandardCharsets.UTF_8), "控制台范围测试 " + run);
        Plans.publish(plan);
        Map<String, Object> assignment =
                Plans.find(Plans.awaitAssignments("市发改委's assignment", plan, 1), "1", "341800-fgw");
        String page = "/assignments/" + assignment.get("id");
        Path png = SampleFiles.png("fgw-" + run + ".png");
        String file = Stack.as(Tokens.UNIT_A, Stack.ASSIGNMENT)
                .multiPart("file", png.toFile(), "image/png")
                .post("/api/" + page.substring(1) + "/evidence")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            browser.logIn(Tokens.UNIT_B);
            for (String other : List.of(page, page + "/audit", page + "/evidence/" + file)) {
                browser.open(other);
                assertThat(browser.text(By.tagName("h1")))
                        .as("%s as 市财政局", other)
                        .isEqualTo("无权访问");
                HttpResponse<byte[]> answer = browser.fetch(other);
                assertThat(answer.statusCode()).as("%s as 市财政局", other).isEqualTo(403);
                assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                        .doesNotContain(task)
                        .doesNotContain(png.getFileName().toString());
            }
            browser.screenshot("scope-01-czj-forbidden-file", null);
            browser.open("/assignments?planId=" + plan);
            assertThat(browser.text(By.tagName("caption"))).startsWith("共 0 项");
            browser.screenshot("scope-02-czj-plan-filter-empty", null);
            browser.open("/my/assignments");
            assertThat(browser.linkOnAnyPage(run))
                    .as("市财政局's own list, every page")
                    .isEmpty();
            browser.logOut();

            browser.logIn(Tokens.UNIT_A);
            browser.open("/assignments?planId=" + plan);
            assertThat(browser.findAll(By.partialLinkText(run)))
                    .as("市发改委 lists its task")
                    .hasSize(1);
            browser.open(page);
            assertThat(browser.text(By.tagName("h1"))).contains(task);
            browser.screenshot("scope-03-fgw-own-assignment", null);
            HttpResponse<byte[]> own = browser.fetch(page + "/evidence/" + file);
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.body()).isEqualTo(Files.readAllBytes(png));
            browser.logOut();
        }
    }
}
