package org.taizhang.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reporting.PlanScenario.Unit;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.testsupport.TestTokens;

/** Scorecards with their formula, as JSON and .xlsx, and the weights the office sets (422 when invalid). */
@QuarkusTest
class ScorecardTest {

    private static final String CITY = "329400";
    private static final String DEFAULTS =
            "{\"completion\":70,\"reporting\":30,\"lateCredit\":0.5," + "\"overduePenalty\":5,\"urgingPenalty\":1}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private PlanScenario plan;
    private Unit good;
    private Unit late;

    /** 己市: one unit finished its task; another is 5 days overdue and was urged (催办) once. */
    @BeforeEach
    void plan() {
        EventFeed feed = new EventFeed(bootstrapServers);
        String s = UUID.randomUUID().toString().substring(0, 8);
        good = Unit.lead("u-3294-fgw-" + s, "己市发展和改革委员会", CITY);
        late = Unit.lead("u-3294-sjj-" + s, "己市数据资源局", CITY);
        plan = new PlanScenario("己市计划", PlanScenario.today().getYear(), CITY, "己市", null);
        String done =
                plan.task("1", "一、公开", PlanScenario.fixed(PlanScenario.today().plusDays(20)), null, good);
        String open =
                plan.task("2", "一、公开", PlanScenario.fixed(PlanScenario.today().minusDays(5)), null, late);
        feed.send(plan.published());
        feed.send(plan.created().toArray(new DomainEvent[0]));
        // The assignments first, so that the figures below do not hang on how the two channels interleave (a reminder
        // that loses the race to insert its assignment's row is applied once more: BatchApplierTest).
        await().atMost(Duration.ofSeconds(60)).until(() -> Api.counted(plan.planId, 2));
        feed.send(plan.status(
                plan.assignmentId(done, good),
                AssignmentStatus.NOT_STARTED,
                AssignmentStatus.COMPLETED,
                Instant.now()));
        feed.send(plan.reminder(plan.assignmentId(open, late), ReminderKind.OVERDUE));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Api.counted(plan.planId, 2) && urgings(scorecards(), late) == 1);
    }

    @AfterEach
    void defaults() {
        put(TestTokens.office(), DEFAULTS).statusCode(200);
    }

    @Test
    void shouldScoreEveryUnitWithTheFormulaBesideItsScore() {
        JsonPath view = scorecards();

        assertThat(view.getString("formula")).isEqualTo(ScoreWeights.DEFAULT.formula());
        String goodCard = card(good);
        assertThat(view.getDouble(goodCard + ".score")).isEqualTo(100.0);
        assertThat(view.getInt(goodCard + ".completedOnTime")).isEqualTo(1);
        assertThat(view.getString(goodCard + ".formula")).isEqualTo(ScoreWeights.DEFAULT.formula());
        String lateCard = card(late);
        assertThat(view.getInt(lateCard + ".overdue")).isEqualTo(1);
        assertThat(view.getInt(lateCard + ".urgings")).isEqualTo(1);
        // 70 × 0 ÷ 1 + 30 × 1 − 5 × 1 − 1 × 1 = 24
        assertThat(view.getDouble(lateCard + ".score")).isEqualTo(24.0);
        assertThat(view.getString(lateCard + ".working")).endsWith("= 24");
    }

    @Test
    void shouldExportTheScorecardsAsAWorkbook() throws IOException {
        byte[] file = given().auth()
                .oauth2(TestTokens.auditor())
                .queryParam("format", "xlsx")
                .get("/api/reports/scorecards?year={y}", plan.year)
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("scorecards-" + plan.year))
                .extract()
                .asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("考核截至 ");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("单位");
            boolean listed = false;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(1);
                listed |= cell != null && "己市数据资源局".equals(cell.getStringCellValue());
            }
            assertThat(listed).isTrue();
        }
    }

    @Test
    void shouldStoreNewWeightsAndScoreWithThem() {
        Api.get(TestTokens.office(), "/api/reports/score-weights")
                .statusCode(200)
                .body("completion", equalTo(70.0f));

        put(
                        TestTokens.office(),
                        "{\"completion\":60,\"reporting\":40,\"lateCredit\":0.5,\"overduePenalty\":10,"
                                + "\"urgingPenalty\":2}")
                .statusCode(200)
                .body("completion", equalTo(60.0f))
                .body("updatedBy", equalTo("office-clerk"));

        JsonPath view = scorecards();
        assertThat(view.getString("formula")).startsWith("60 × (");
        // 60 × 0 + 40 × 1 − 10 × 1 − 2 × 1 = 28
        assertThat(view.getDouble(card(late) + ".score")).isEqualTo(28.0);
    }

    @Test
    void shouldRefuseInvalidWeightsListingEveryViolation() {
        put(TestTokens.office(), "{\"completion\":70,\"reporting\":20,\"lateCredit\":1.5,\"overduePenalty\":-1}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.field", containsInAnyOrder("overduePenalty", "urgingPenalty", "lateCredit", "reporting"));
        put(
                        TestTokens.office(),
                        "{\"completion\":70,\"reporting\":30,\"lateCredit\":0.5,\"overduePenalty\":5,"
                                + "\"urgingPenalty\":1,\"bonus\":3}")
                .statusCode(400)
                .contentType("application/problem+json");
        put(TestTokens.office(), "{not json").statusCode(400).contentType("application/problem+json");
        Api.get(TestTokens.office(), "/api/reports/score-weights")
                .statusCode(200)
                .body("reporting", equalTo(30.0f));
    }

    @Test
    void shouldScoreOnlyTheUnitsInsideTheRegionAsked() {
        JsonPath city = Api.office("/api/reports/scorecards?year={y}&regionCode={r}", plan.year, CITY);
        JsonPath county = Api.office("/api/reports/scorecards?year={y}&regionCode={r}", plan.year, "329421");

        assertThat(city.getList("scorecards.unitId", String.class)).contains(good.id(), late.id());
        assertThat(city.getList("scorecards.unitId", String.class)).allMatch(id -> id.startsWith("u-3294"));
        assertThat(county.getList("scorecards.unitId", String.class)).doesNotContain(good.id(), late.id());
    }

    @Test
    void shouldRefuseAnUnknownFormatOrYear() {
        Api.get(TestTokens.office(), "/api/reports/scorecards?format=pdf")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
        Api.get(TestTokens.office(), "/api/reports/scorecards?year=1888")
                .statusCode(400)
                .body("errors[0].field", equalTo("year"));
        Api.get(TestTokens.office(), "/api/reports/scorecards?asOf=2026-13-01")
                .statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        Api.get(TestTokens.office(), "/api/reports/scorecards?regionCode=3294x")
                .statusCode(400)
                .body("errors[0].field", equalTo("regionCode"));
    }

    private JsonPath scorecards() {
        return Api.office("/api/reports/scorecards?year={y}", plan.year);
    }

    private static int urgings(JsonPath view, Unit unit) {
        Integer urgings = view.get("scorecards.find { it.unitId == '%s' }.urgings".formatted(unit.id()));
        return urgings == null ? -1 : urgings;
    }

    private static String card(Unit unit) {
        return "scorecards.find { it.unitId == '%s' }".formatted(unit.id());
    }

    private static ValidatableResponse put(String token, String body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .put("/api/reports/score-weights")
                .then();
    }
}
