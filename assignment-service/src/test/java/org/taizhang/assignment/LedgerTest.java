package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.taizhang.assignment.PlanFixture.mention;
import static org.taizhang.assignment.PlanFixture.task;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.testsupport.TestTokens;

@QuarkusTest
class LedgerTest {

    private static final String CITY = "349300";
    private static final String UNIT = "t-3493-tjj";

    @Inject
    PlanFixture fixture;

    @BeforeEach
    void plans() {
        fixture.unit(UNIT, "子市统计局", UnitKind.DEPARTMENT, UnitLevel.CITY, CITY);
        fixture.unit("t-349301-gov", "丑县人民政府", UnitKind.GOVERNMENT, UnitLevel.COUNTY, "349301");
    }

    @Test
    void shouldListTheUnitsAssignmentsOfTheYearAsJsonAndWorkbook() {
        String planId = fixture.publish(
                CITY,
                2031,
                List.of(
                        task("1", PlanFixture.YEAR_END, mention("子市统计局", UnitRole.LEAD)),
                        task("2", PlanFixture.ONGOING, mention("子市统计局", UnitRole.SUPPORTING))));
        fixture.publish(CITY, 2030, List.of(task("1", PlanFixture.YEAR_END, mention("子市统计局", UnitRole.LEAD))));
        Assignment first = fixture.assignment(planId, "1", UNIT);
        given().auth()
                .oauth2(TestTokens.unit(UNIT))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "summary", "数据已整理", "percent", 30))
                .post("/api/assignments/" + first.id + "/progress")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(TestTokens.unit(UNIT))
                .queryParam("year", 2031)
                .get("/api/units/" + UNIT + "/ledger")
                .then()
                .statusCode(200)
                .body("rows.taskNumber", equalTo(List.of("1", "2")))
                .body("rows[0].requirement", equalTo("要求1"))
                .body("rows[0].lastSummary", equalTo("数据已整理"))
                .body("byStatus.IN_PROGRESS", equalTo(1))
                .body("rows[1].role", equalTo("SUPPORTING"));

        byte[] workbook = given().auth()
                .oauth2(TestTokens.office())
                .queryParam("year", 2031)
                .queryParam("format", "xlsx")
                .get("/api/units/" + UNIT + "/ledger")
                .then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract()
                .asByteArray();
        assertThat(rows(workbook)).isEqualTo(4);
    }

    @Test
    void shouldRefuseACountySystemTheAssignmentsOfAUnitOutsideItsRegion() {
        given().auth()
                .oauth2(TestTokens.integration("349301"))
                .queryParam("unitId", UNIT)
                .get("/api/assignments")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        given().auth()
                .oauth2(TestTokens.integration("349301"))
                .queryParam("unitId", "t-349301-gov")
                .get("/api/assignments")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.integration("3493"))
                .queryParam("unitId", UNIT)
                .get("/api/assignments")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldKeepALedgerWithinTheUnitAndItsRegion() {
        given().auth()
                .oauth2(TestTokens.unit("t-349301-gov"))
                .get("/api/units/" + UNIT + "/ledger")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.integration("349301"))
                .get("/api/units/" + UNIT + "/ledger")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.integration("3493"))
                .get("/api/units/" + UNIT + "/ledger")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.auditor())
                .queryParam("format", "pdf")
                .get("/api/units/" + UNIT + "/ledger")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/units/t-3493-nope/ledger")
                .then()
                .statusCode(404);
    }

    private static int rows(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return book.getSheetAt(0).getPhysicalNumberOfRows();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
