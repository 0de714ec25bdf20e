package org.taizhang.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.reporting.export.AnnualReportXlsxWriter;

/** The 落实情况 in each of its four forms, fetched without a token as the public would. */
@QuarkusTest
class AnnualReportDownloadTest {

    private static final String CITY = "329500";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private PlanScenario plan;
    private String title;

    @BeforeEach
    void plan() {
        EventFeed feed = new EventFeed(bootstrapServers);
        String s = UUID.randomUUID().toString().substring(0, 8);
        Unit fgw = Unit.lead("u-3295-fgw-" + s, "戊市发展和改革委员会", CITY);
        Unit county = Unit.responsible("u-329501-gov-" + s, "戊一县人民政府", "329501");
        title = "戊市政务公开重点工作任务分工 " + s;
        plan = new PlanScenario(title, PlanScenario.today().getYear(), CITY, "戊市", null);
        String done =
                plan.task("1", "一、主动公开", PlanScenario.fixed(PlanScenario.today().plusDays(30)), null, fgw, county);
        plan.task("2", "二、解读回应", PlanScenario.ongoing(), null, county);
        feed.send(plan.published());
        feed.send(plan.created().toArray(new DomainEvent[0]));
        for (Unit unit : new Unit[] {fgw, county}) {
            feed.send(plan.status(
                    plan.assignmentId(done, unit),
                    AssignmentStatus.NOT_STARTED,
                    AssignmentStatus.COMPLETED,
                    Instant.now()));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        Api.counted(plan.planId, 3) && Api.summary(plan.planId).getInt("tasks.completed") == 1);
    }

    @Test
    void shouldServeTheReportAsJsonToAnyone() {
        given().get("/api/reports/plans/{id}/annual", plan.planId)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("title", equalTo(title + "落实情况"))
                .body("summary", containsString("部署的2项重点任务中，已完成1项（占50%）"))
                .body("sections[0].rows[0].task", equalTo("1.任务1"))
                .body("sections[0].rows[0].outcome", equalTo("COMPLETED"))
                .body("sections[1].rows[0].outcome", equalTo("CONTINUING"));
    }

    @Test
    void shouldServeCsvWithAByteOrderMarkAndTheChineseFilename() {
        Response csv = given().queryParam("format", "csv").get("/api/reports/plans/{id}/annual", plan.planId);

        csv.then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("filename=\"annual-report-" + plan.year + ".csv\""))
                .header(
                        "Content-Disposition",
                        containsString("filename*=UTF-8''"
                                + URLEncoder.encode(title + "落实情况.csv", StandardCharsets.UTF_8)
                                        .replace("+", "%20")));
        byte[] body = csv.asByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("工作任务,工作要求,牵头单位,责任单位,落实情况\r\n");
        assertThat(text).contains("1.任务1,要求1,戊市发展和改革委员会,戊一县人民政府,已完成");
    }

    @Test
    void shouldServeUnitNamesThatLookLikeFormulasAsQuotedTextInTheCsv() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Unit formula = Unit.lead("u-3295-f-" + s, "=HYPERLINK(\"http://evil.example\",\"点此\")", CITY);
        PlanScenario tricky = new PlanScenario("戊市公式 " + s, PlanScenario.today().getYear(), CITY, "戊市", null);
        tricky.task("1", "一、主动公开", PlanScenario.ongoing(), null, formula);
        EventFeed feed = new EventFeed(bootstrapServers);
        feed.send(tricky.published());
        feed.send(tricky.created().toArray(new DomainEvent[0]));
        await().atMost(Duration.ofSeconds(20)).until(() -> Api.counted(tricky.planId, 1));

        byte[] body = given().queryParam("format", "csv")
                .get("/api/reports/plans/{id}/annual", tricky.planId)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        assertThat(new String(body, StandardCharsets.UTF_8))
                .contains("1.任务1,要求1,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点此\"\")\",,");
    }

    @Test
    void shouldServeAWorkbookThatReadsBack() throws IOException {
        byte[] file = given().accept(XLSX)
                .get("/api/reports/plans/{id}/annual", plan.planId)
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", containsString(".xlsx"))
                .extract()
                .asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet table = workbook.getSheet(AnnualReportXlsxWriter.TABLE_SHEET);
            assertThat(table.getRow(0).getCell(0).getStringCellValue()).isEqualTo(title + "落实情况");
            assertThat(table.getRow(1).getCell(4).getStringCellValue()).isEqualTo("落实情况");
            assertThat(table.getRow(2).getCell(0).getStringCellValue()).isEqualTo("一、主动公开");
            assertThat(table.getRow(3).getCell(0).getStringCellValue()).isEqualTo("1.任务1");
            assertThat(table.getRow(3).getCell(4).getStringCellValue()).isEqualTo("已完成");
            assertThat(workbook.getSheet(AnnualReportXlsxWriter.SUMMARY_SHEET)
                            .getRow(1)
                            .getCell(0)
                            .getStringCellValue())
                    .contains("已完成1项");
        }
    }

    @Test
    void shouldServeAWordDocumentThatReadsBack() throws IOException {
        byte[] file = given().queryParam("format", "docx")
                .get("/api/reports/plans/{id}/annual", plan.planId)
                .then()
                .statusCode(200)
                .contentType(DOCX)
                .extract()
                .asByteArray();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo(title + "落实情况");
            assertThat(document.getTables().get(0).getRow(0).getCell(0).getText())
                    .isEqualTo("工作任务");
            assertThat(text.getText()).contains("1.任务1", "持续推进");
        }
    }

    @Test
    void shouldRefuseAnUnknownFormatAndAnUnpublishedPlan() {
        given().queryParam("format", "pdf")
                .get("/api/reports/plans/{id}/annual", plan.planId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
        given().queryParam("asOf", "yesterday")
                .get("/api/reports/plans/{id}/annual", plan.planId)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().accept("image/png")
                .get("/api/reports/plans/{id}/annual", plan.planId)
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
        given().get("/api/reports/plans/{id}/annual", "draft-" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
