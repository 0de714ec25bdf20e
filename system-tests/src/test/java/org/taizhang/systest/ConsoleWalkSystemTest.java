package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The walk through the console in a real browser, each person logging in through Keycloak's form: the office
 * imports a document, fixes the deadline the import could not read and publishes; 市发改委 reports the task done
 * with a summary, a link and a PNG; the office finds it on the public dashboard and in the annual report. A
 * screenshot of every step is kept in target/screenshots/walk-*.png.
 */
class ConsoleWalkSystemTest {

    private static final Duration ASYNC = Duration.ofSeconds(90);

    private final String run = Stack.runId();
    private final String title = "控制台走查方案 " + run;
    private final String task = "开展政策解读（" + run + "）";
    private final String summary = "已在门户网站发布政策解读 " + run;

    @Test
    void officeImportsFixesAndPublishesUnitReportsWithAFileOfficeSeesItOnTheDashboardAndInTheAnnualReport()
            throws Exception {
        try (ConsoleBrowser browser = new ConsoleBrowser()) {
            try {
                String plan = importFixAndPublish(browser);
                String evidence = reportWithAFile(browser);
                checkDashboardAndAnnualReport(browser, plan, evidence);
            } catch (Exception | AssertionError e) {
                browser.keepFailure("walk");
                throw e;
            }
            assertThat(browser.scriptErrors())
                    .as("policy violations or script errors")
                    .isEmpty();
        }
    }

    private String importFixAndPublish(ConsoleBrowser browser) throws Exception {
        browser.logIn(Tokens.OFFICE);
        browser.screenshot("walk-01-office-plans", null);
        browser.clickAndWait(browser.find(By.linkText("导入方案")));
        browser.find(By.id("file"))
                .sendKeys(SampleFiles.document("console-walk-plan.txt", run).toString());
        browser.fill(By.id("year"), "2026");
        browser.fill(By.id("regionCode"), "341800");
        browser.fill(By.id("regionName"), "宣城市");
        browser.fill(By.id("title"), title);
        new Select(browser.find(By.id("level"))).selectByValue("CITY");
        browser.screenshot("walk-02-import-form", null);
        browser.clickAndWait(browser.find(By.cssSelector("form[action='/plans/import'] button[type=submit]")));

        assertThat(browser.text(By.cssSelector(".notice"))).contains("方案已导入为草稿");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
        String plan = browser.url().replaceAll(".*/plans/([0-9a-f-]{36}).*", "$1");
        WebElement row = taskRow(browser);
        assertThat(deadlineDiagnostics(row))
                .as("the import's diagnostic beside the task")
                .hasSize(1);
        browser.screenshot("walk-03-diagnostic-beside-the-task", row);

        browser.clickAndWait(row.findElement(By.linkText("修改")));
        assertThat(browser.find(By.id("deadline")).getAttribute("value")).isEqualTo("视情况而定");
        browser.screenshot("walk-04-task-edit", browser.fill(By.id("deadline"), "年底前"));
        browser.clickAndWait(browser.find(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("任务已保存");
        row = taskRow(browser);
        assertThat(row.findElement(By.cssSelector("td[data-label='时限']")).getText())
                .as("the deadline as written and as read")
                .isEqualTo("年底前（2026-12-31）");
        assertThat(deadlineDiagnostics(row))
                .as("the fixed deadline's diagnostic is gone")
                .isEmpty();
        browser.screenshot("walk-05-deadline-fixed", row);

        browser.fill(By.id("defaultDeadline"), "年底前");
        browser.clickAndWait(browser.find(By.xpath("//button[normalize-space()='发布方案']")));
        assertThat(browser.text(By.cssSelector(".notice"))).contains("方案已发布");
        browser.screenshot("walk-06-published", null);
        browser.logOut();
        browser.screenshot("walk-07-signed-out", null);
        return plan;
    }

    private String reportWithAFile(ConsoleBrowser browser) throws Exception {
        browser.logIn(Tokens.UNIT_A);
        WebElement link = Await.until(
                        "市发改委's list shows the published task",
                        ASYNC,
                        () -> {
                            browser.open("/my/assignments");
                            return browser.linkOnAnyPage(task);
                        },
                        Optional::isPresent)
                .orElseThrow();
        browser.screenshot("walk-08-my-assignments", link);
        browser.clickAndWait(link);

        Path png = SampleFiles.png("政策解读截图-" + run + ".png");
        new Select(browser.find(By.id("status"))).selectByValue("COMPLETED");
        browser.fill(By.id("percent"), "100");
        browser.fill(By.id("summary"), summary);
        browser.fill(By.id("links"), "https://www.xuancheng.gov.cn/zcjd/" + run);
        browser.find(By.id("files")).sendKeys(png.toString());
        browser.screenshot("walk-09-report-form", browser.find(By.id("files")));
        browser.find(By.cssSelector("form[action$='/report'] button[type=submit]"))
                .click();

        assertThat(browser.text(By.cssSelector(".notice"))).contains("进展已提交");
        WebElement report = browser.find(By.xpath("//tr[td[@data-label='进展情况'][contains(., '" + run + "')]]"));
        assertThat(report.getText()).contains(summary, "已完成");
        WebElement file =
                report.findElement(By.partialLinkText(png.getFileName().toString()));
        browser.screenshot("walk-10-report-with-file", report);
        String href = file.getAttribute("href");
        HttpResponse<byte[]> download = browser.fetch(href);
        assertThat(download.statusCode()).as("evidence download %s", href).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
        assertThat(download.body()).as("the file as uploaded").isEqualTo(Files.readAllBytes(png));
        browser.logOut();
        return href;
    }

    private void checkDashboardAndAnnualReport(ConsoleBrowser browser, String plan, String evidence) throws Exception {
        browser.logIn(Tokens.OFFICE);
        browser.fill(By.id("q"), title);
        browser.clickAndWait(browser.find(By.cssSelector("form[role=search] button[type=submit]")));
        browser.clickAndWait(browser.find(By.linkText(title)));
        assertThat(browser.url()).contains("/plans/" + plan);
        String annual = browser.find(By.linkText("Excel")).getAttribute("href");
        String annualDocx = browser.find(By.linkText("Word")).getAttribute("href");
        browser.clickAndWait(browser.find(By.linkText("公开看板")));

        WebElement row = Await.until(
                        "the dashboard shows 市发改委's completion",
                        ASYNC,
                        () -> {
                            browser.reload();
                            return browser
                                    .findAll(By.xpath("//table[@id='tasks']//tr[contains(., '" + run + "')]"))
                                    .stream()
                                    .findFirst();
                        },
                        found -> found.map(WebElement::getText)
                                .filter(text -> text.contains("1/1") && text.contains("已完成"))
                                .isPresent())
                .orElseThrow();
        browser.screenshot("walk-11-dashboard", row);
        browser.clickAndWait(row.findElement(By.partialLinkText(run)));
        assertThat(browser.text(By.tagName("main"))).contains(summary);
        browser.screenshot("walk-12-dashboard-task", browser.find(By.xpath("//td[contains(., '" + run + "')]")));

        HttpResponse<byte[]> xlsx = browser.fetch(annual);
        assertThat(xlsx.statusCode()).as("annual report %s", annual).isEqualTo(200);
        assertThat(SampleFiles.ooxmlText(xlsx.body(), "xl/sharedStrings.xml"))
                .as("the 落实情况 table: the unit's task, done")
                .contains(task, "市发改委", "已完成");
        HttpResponse<byte[]> docx = browser.fetch(annualDocx);
        assertThat(docx.statusCode()).as("annual report %s", annualDocx).isEqualTo(200);
        assertThat(SampleFiles.ooxmlText(docx.body(), "word/document.xml")).contains(task, "已完成");
        HttpResponse<byte[]> file = browser.fetch(evidence);
        assertThat(file.statusCode())
                .as("the office reads the unit's evidence file")
                .isEqualTo(200);
        browser.open("/plans/" + plan);
        browser.logOut();
    }

    private WebElement taskRow(ConsoleBrowser browser) {
        return browser.find(By.xpath("//tr[starts-with(@id, 'task-')][contains(., '" + run + "')]"));
    }

    /** What the row says about a deadline the import could not read (第1项任务的时限“视情况而定”无法识别). */
    private static List<String> deadlineDiagnostics(WebElement row) {
        return row.findElements(By.cssSelector(".diagnostic")).stream()
                .map(WebElement::getText)
                .filter(text -> text.contains("视情况而定") && text.contains("无法识别"))
                .toList();
    }
}
