package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.Samples.ASSIGNMENT_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The office's overdue list and its 催办 button, which asks reminder-service to remind the unit now. */
@QuarkusTest
class UrgePagesTest {

    private static final Pattern REQUEST_ID = Pattern.compile("name=\"requestId\" value=\"(console-[0-9a-f-]{36})\"");

    @BeforeEach
    void overdue() {
        UpstreamServices.reset();
        UpstreamServices.answer("GET", "/api/assignments", json(Samples.assignmentPage("341800-fgw")));
    }

    @Test
    void shouldListOverdueAssignmentsWithAnUrgeButtonCarryingARequestId() {
        String page = Browser.office()
                .get("/overdue")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("逾期督办", "action=\"/assignments/" + ASSIGNMENT_ID + "/urge\"");
        assertThat(REQUEST_ID.matcher(page).find()).isTrue();
        assertThat(UpstreamServices.calls("GET", "/api/assignments").get(0).query())
                .contains("overdue=true");
    }

    @Test
    void shouldUrgeWithTheNoteAndRequestIdAndReturnToTheAssignment() {
        UpstreamServices.answer(
                "POST",
                "/api/reminders/urge",
                json(201, "{\"id\":\"5b2c0b7e-3c52-4d8e-9a57-0f4f8f0e2a11\",\"kind\":\"OVERDUE\",\"step\":2}"));
        Matcher form = REQUEST_ID.matcher(Browser.office().get("/overdue").asString());
        assertThat(form.find()).isTrue();

        Response urged = Browser.office()
                .formParam("requestId", form.group(1))
                .formParam("note", "请于本周内报送进展")
                .post("/assignments/" + ASSIGNMENT_ID + "/urge");

        assertThat(urged.statusCode()).isEqualTo(303);
        assertThat(urged.header("Location")).endsWith("/assignments/" + ASSIGNMENT_ID + "?notice=urged");
        assertThat(UpstreamServices.calls("POST", "/api/reminders/urge").get(0).text())
                .contains("\"assignmentId\":\"" + ASSIGNMENT_ID + "\"", "\"note\":\"请于本周内报送进展\"")
                .contains("\"requestId\":\"" + form.group(1) + "\"");
    }

    @Test
    void shouldShowTheServicesWordsWhenTheUnitWasUrgedTooRecently() {
        UpstreamServices.answer(
                "POST",
                "/api/reminders/urge",
                json(429, "{\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"一小时内已催办过，请稍后再试\"}"));

        String page = Browser.office()
                .formParam("requestId", "console-1")
                .post("/assignments/" + ASSIGNMENT_ID + "/urge")
                .then()
                .statusCode(429)
                .extract()
                .asString();

        assertThat(page).contains("一小时内已催办过");
    }

    @Test
    void shouldRefuseATooLongNoteWithoutCallingTheService() {
        Browser.office()
                .formParam("note", "催".repeat(501))
                .post("/assignments/" + ASSIGNMENT_ID + "/urge")
                .then()
                .statusCode(400);

        assertThat(UpstreamServices.calls("POST", "/api/reminders/urge")).isEmpty();
    }
}
