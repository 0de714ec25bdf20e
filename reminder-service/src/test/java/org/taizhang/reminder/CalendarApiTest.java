package org.taizhang.reminder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.taizhang.reminder.ReminderFixture.beijing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** The calendar API: shipped and uploaded years, validation, rescheduling onto working days. */
@QuarkusTest
class CalendarApiTest {

    private static final String REGION = "339701";
    private static final String PROBLEM = "application/problem+json";

    /** A made-up 2027 arrangement: no other test counts on 2027, which ships without one. */
    private static final String YEAR_2027 = """
            {"year": 2027, "source": "测试安排",
             "holidays": [{"name": "元旦", "from": "2027-01-01"},
                          {"name": "春节", "from": "2027-02-06", "to": "2027-02-14"}],
             "makeUpWorkdays": ["2027-02-20"]}
            """;

    @Inject
    ReminderFixture fixture;

    @Test
    void shouldShowTheShippedYearWithHolidaysAndMakeUpWorkdaysToAnyoneSignedIn() {
        calendar(TestTokens.unit("u-3397-x"), 2026)
                .statusCode(200)
                .body("year", equalTo(2026))
                .body("official", equalTo(true))
                .body("uploaded", equalTo(false))
                .body("days", hasSize(365))
                .body("holidays.name", hasItems("春节", "国庆节"))
                .body("days.find { it.date == '2026-02-14' }.makeUpWorkday", equalTo(true))
                .body("days.find { it.date == '2026-02-14' }.workingDay", equalTo(true))
                .body("days.find { it.date == '2026-02-17' }.holidayName", equalTo("春节"))
                .body("days.find { it.date == '2026-02-17' }.workingDay", equalTo(false));
        calendar(TestTokens.integration("339701"), 2031)
                .statusCode(200)
                .body("official", equalTo(false))
                .body("holidays", hasSize(0))
                .body("days.find { it.date == '2031-01-01' }.workingDay", equalTo(true))
                .body("days.find { it.date == '2031-01-04' }.workingDay", equalTo(false));
        given().get("/api/calendar/2026").then().statusCode(401).contentType(PROBLEM);
        calendar(TestTokens.office(), 1999).statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldLoadAYearAndMoveRemindersOffItsHolidays() {
        String assignment = fixture.track(NewAssignment.fixed(
                REGION, ReminderFixture.unique("u-3397"), LocalDate.of(2027, 2, 19), beijing(2027, 1, 4, 10, 0)));
        assertThat(fixture.tracked(assignment).nextFireAt)
                .as("5 working days before Friday 2027-02-19 counting weekends only")
                .isEqualTo(Instant.parse("2027-02-12T01:00:00Z"));
        calendar(TestTokens.office(), 2027).body("official", equalTo(false));

        put(TestTokens.office(), 2027, YEAR_2027)
                .statusCode(200)
                .body("official", equalTo(true))
                .body("uploaded", equalTo(true))
                .body("source", equalTo("测试安排"))
                .body("updatedBy", equalTo("office-clerk"));

        assertThat(fixture.tracked(assignment).nextFireAt)
                .as("2027-02-08..12 are 春节 holidays, so the fifth working day back is 2027-02-05")
                .isEqualTo(Instant.parse("2027-02-05T01:00:00Z"));
        calendar(TestTokens.auditor(), 2027)
                .statusCode(200)
                .body("uploaded", equalTo(true))
                .body("days.find { it.date == '2027-02-08' }.holidayName", equalTo("春节"))
                .body("days.find { it.date == '2027-02-20' }.makeUpWorkday", equalTo(true));
    }

    @Test
    void shouldRefuseAnInvalidYearListingEveryError() {
        String invalid = """
                {"year": 2028, "holidays": [{"name": " ", "from": "2028-01-30", "to": "2028-01-25"}],
                 "makeUpWorkdays": ["2028-02-01"]}
                """;
        put(TestTokens.office(), 2028, invalid)
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors", hasSize(3))
                .body("errors.field", hasItems("holidays[0]", "makeUpWorkdays[0]"));
        put(TestTokens.office(), 2028, "{\"year\": 2028, \"holidays\": [], \"notes\": \"?\"}")
                .statusCode(422)
                .body("errors[0].field", equalTo("notes"));
        put(TestTokens.office(), 2028, YEAR_2027).statusCode(422).body("errors[0].field", equalTo("year"));
        put(TestTokens.office(), 2028, "{not json").statusCode(422).contentType(PROBLEM);
        put(TestTokens.unit("u-3397-x"), 2028, YEAR_2027.replace("2027", "2028"))
                .statusCode(403)
                .contentType(PROBLEM);
        calendar(TestTokens.office(), 2028).body("official", equalTo(false));
    }

    private static ValidatableResponse calendar(String token, int year) {
        return given().auth().oauth2(token).get("/api/calendar/" + year).then();
    }

    private static ValidatableResponse put(String token, int year, String json) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(json)
                .put("/api/calendar/" + year)
                .then();
    }
}
