package org.taizhang.reminder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.taizhang.reminder.ReminderFixture.beijing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.reminder.service.ReminderTick;
import org.taizhang.testsupport.TestTokens;

/** The reminder history, scoped to the caller's unit or region. */
@QuarkusTest
class ReminderHistoryTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ReminderFixture fixture;

    @Inject
    ReminderTick tick;

    private String unitA;
    private String unitB;
    private String assignmentA;
    private String assignmentB;

    /** One reminder each for a unit of county 339201 and one of county 339202; nobody subscribed (UNROUTED). */
    @BeforeEach
    void remindTwoUnits() {
        unitA = ReminderFixture.unique("u-339201");
        unitB = ReminderFixture.unique("u-339202");
        LocalDate due = LocalDate.of(2026, 3, 31);
        assignmentA = fixture.track(NewAssignment.fixed("339201", unitA, due, beijing(2026, 1, 10, 9, 0)));
        assignmentB = fixture.track(NewAssignment.fixed("339202", unitB, due, beijing(2026, 1, 10, 9, 0)));
        tick.tick(beijing(2026, 3, 24, 9, 30));
    }

    @Test
    void shouldShowAUnitOnlyItsOwnReminders() {
        history(TestTokens.unit(unitA), Map.of())
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].assignmentId", equalTo(assignmentA))
                .body("items[0].kind", equalTo("BEFORE_DUE"))
                .body("items[0].status", equalTo("UNROUTED"));
        history(TestTokens.unit(unitA), Map.of("unitId", unitB))
                .statusCode(403)
                .contentType(PROBLEM)
                .body("status", equalTo(403));
        history(TestTokens.unit(unitA), Map.of("assignmentId", assignmentB)).statusCode(403);
        history(TestTokens.unit(unitA), Map.of("assignmentId", assignmentA))
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void shouldShowACountySystemOnlyItsRegion() {
        history(TestTokens.integration("339201"), Map.of())
                .statusCode(200)
                .body("items.assignmentId", hasItem(assignmentA))
                .body("items.assignmentId", not(hasItem(assignmentB)))
                .body("items.regionCode", everyItem(equalTo("339201")));
        history(TestTokens.integration("339201"), Map.of("regionCode", "339202"))
                .statusCode(403)
                .contentType(PROBLEM);
        history(TestTokens.integration("339201"), Map.of("assignmentId", assignmentB))
                .statusCode(403);
        history(TestTokens.integration("3392"), Map.of("assignmentId", assignmentB))
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void shouldRefuseACountySystemTheRemindersOfAUnitOutsideItsRegion() {
        history(TestTokens.integration("339201"), Map.of("unitId", unitB))
                .statusCode(403)
                .contentType(PROBLEM)
                .body("status", equalTo(403));
        history(TestTokens.integration("339201"), Map.of("unitId", unitA))
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].assignmentId", equalTo(assignmentA));
        history(TestTokens.integration("3392"), Map.of("unitId", unitB))
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void shouldRefuseACountySystemAnAssignmentOfAnotherRegionAsAProblem() {
        history(TestTokens.integration("339201"), Map.of("assignmentId", assignmentB))
                .statusCode(403)
                .contentType(PROBLEM)
                .body("status", equalTo(403));
    }

    @Test
    void shouldRefuseAUnitAnotherUnitsRemindersAndAssignmentsAsAProblem() {
        history(TestTokens.unit(unitA), Map.of("unitId", unitB))
                .statusCode(403)
                .contentType(PROBLEM)
                .body("status", equalTo(403));
        history(TestTokens.unit(unitA), Map.of("assignmentId", assignmentB))
                .statusCode(403)
                .contentType(PROBLEM)
                .body("status", equalTo(403));
    }

    @Test
    void shouldShowTheOfficeAndAuditorsEverythingWithFilters() {
        history(TestTokens.office(), Map.of("assignmentId", assignmentB))
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].unitId", equalTo(unitB))
                .body("items[0].step", equalTo(5))
                .body("items[0].fireAt", equalTo("2026-03-24T01:00:00Z"));
        history(TestTokens.auditor(), Map.of("unitId", unitA, "status", "UNROUTED"))
                .statusCode(200)
                .body("total", equalTo(1));
        history(TestTokens.auditor(), Map.of("unitId", unitA, "status", "DELIVERED"))
                .statusCode(200)
                .body("total", equalTo(0));
        history(TestTokens.office(), Map.of("size", "0")).statusCode(400).contentType(PROBLEM);
        given().get("/api/reminders").then().statusCode(401);
    }

    private static ValidatableResponse history(String token, Map<String, String> query) {
        return given().auth()
                .oauth2(token)
                .queryParams(query)
                .get("/api/reminders")
                .then();
    }
}
