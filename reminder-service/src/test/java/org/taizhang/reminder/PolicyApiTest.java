package org.taizhang.reminder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.taizhang.reminder.ReminderFixture.beijing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** The reminder-policies API: default and plan overrides, validation, access, rescheduling. */
@QuarkusTest
class PolicyApiTest {

    private static final String REGION = "339801";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    ReminderFixture fixture;

    @Test
    void shouldCreateReplaceAndRemoveAPlanOverrideReschedulingItsAssignments() {
        String planId = UUID.randomUUID().toString();
        String assignment = fixture.track(NewAssignment.fixed(
                        REGION, ReminderFixture.unique("u-3398"), LocalDate.of(2026, 6, 30), beijing(2026, 3, 2, 10, 0))
                .inPlan(planId));
        assertThat(fixture.tracked(assignment).nextFireAt)
                .as("5 working days before 6/30")
                .isEqualTo(Instant.parse("2026-06-23T01:00:00Z"));

        put("/plans/" + planId, policy(Map.of("beforeDays", List.of(10), "localHour", 8)))
                .statusCode(201)
                .body("planId", equalTo(planId))
                .body("beforeDays", equalTo(List.of(10)))
                .body("builtIn", equalTo(false))
                .body("updatedBy", equalTo("office-clerk"));
        assertThat(fixture.tracked(assignment).nextFireAt)
                .as("10 working days before 6/30, over the 端午节 holiday, at 08:00")
                .isEqualTo(Instant.parse("2026-06-15T00:00:00Z"));

        put("/plans/" + planId, policy(Map.of("beforeDays", List.of(3))))
                .statusCode(200)
                .body("beforeDays", equalTo(List.of(3)));
        given().auth()
                .oauth2(TestTokens.auditor())
                .get("/api/reminder-policies/plans/" + planId)
                .then()
                .statusCode(200)
                .body("beforeDays", equalTo(List.of(3)));
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/reminder-policies")
                .then()
                .statusCode(200)
                .body("planId", hasItem(planId))
                .body("[0].planId", equalTo(null));

        given().auth()
                .oauth2(TestTokens.office())
                .delete("/api/reminder-policies/plans/" + planId)
                .then()
                .statusCode(204);
        assertThat(fixture.tracked(assignment).nextFireAt).isEqualTo(Instant.parse("2026-06-23T01:00:00Z"));
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/reminder-policies/plans/" + planId)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAnInvalidPolicyListingEveryViolation() {
        String planId = UUID.randomUUID().toString();
        put("/plans/" + planId, policy(Map.of("beforeDays", List.of(0, 5, 5), "localHour", 25, "officeAfter", 1)))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("status", equalTo(422))
                .body("errors.field", hasItems("beforeDays", "localHour", "officeAfter"))
                .body("errors.message", hasItem("5 is listed twice"));
        put("/plans/" + planId, policy(Map.of("zone", "Mars/Olympus")))
                .statusCode(422)
                .body("errors[0].field", equalTo("zone"));

        Map<String, Object> incomplete = policy(Map.of());
        incomplete.remove("overdueEveryDays");
        put("/plans/" + planId, incomplete).statusCode(400).contentType(PROBLEM);
        put("/plans/" + planId, policy(Map.of("defaultCadence", "FORTNIGHTLY")))
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/reminder-policies/plans/" + planId)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldLetOnlyTheOfficeWriteAndTheOfficeAndAuditorsRead() {
        given().auth()
                .oauth2(TestTokens.auditor())
                .get("/api/reminder-policies/default")
                .then()
                .statusCode(200)
                .body("zone", equalTo("Asia/Shanghai"));
        given().auth()
                .oauth2(TestTokens.unit("u-3398-x"))
                .get("/api/reminder-policies/default")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().get("/api/reminder-policies").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.auditor())
                .contentType(ContentType.JSON)
                .body(policy(Map.of()))
                .put("/api/reminder-policies/default")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldStoreTheDefaultPolicy() {
        // The built-in values again, so that the other tests' expectations still hold.
        put("/default", policy(Map.of()))
                .statusCode(200)
                .body("planId", equalTo(null))
                .body("beforeDays", equalTo(List.of(5, 1)))
                .body("builtIn", equalTo(false));
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/reminder-policies/default")
                .then()
                .statusCode(200)
                .body("builtIn", equalTo(false))
                .body("overdueEveryDays", equalTo(3));
    }

    /** The built-in default policy as a request, with some fields changed. */
    private static Map<String, Object> policy(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        body.put("beforeDays", List.of(5, 1));
        body.put("onDueDay", true);
        body.put("overdueEveryDays", 3);
        body.put("leadUnitAfter", 2);
        body.put("officeAfter", 4);
        body.put("defaultCadence", "QUARTERLY");
        body.put("periodicGraceDays", 10);
        body.put("localHour", 9);
        body.put("zone", "Asia/Shanghai");
        body.putAll(changes);
        return body;
    }

    private static ValidatableResponse put(String path, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/reminder-policies" + path)
                .then();
    }
}
