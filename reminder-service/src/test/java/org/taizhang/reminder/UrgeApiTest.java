package org.taizhang.reminder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reminder.entity.DeliveryStatus;
import org.taizhang.reminder.policy.ReminderPolicy;
import org.taizhang.reminder.service.DeliveryWorker;
import org.taizhang.testsupport.TestTokens;

/** 催办 by hand over HTTP: the office urges an overdue assignment, delivered once, at most once per cool-down. */
@QuarkusTest
class UrgeApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SECRET = "urge-webhook-secret-" + UUID.randomUUID();
    private static final String NOTE = "请于本周内报送落实情况。\n附：佐证材料清单 ✅";

    @Inject
    ReminderFixture fixture;

    @Inject
    DeliveryWorker worker;

    @Inject
    ObjectMapper mapper;

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void shouldUrgeAnOverdueAssignmentAndDeliverItWithTheNote() throws Exception {
        UUID subscription = fixture.webhookForRegion("336101", receiver.url(), SECRET);
        String assignment = fixture.track(overdue("336101"));

        String id = urge(TestTokens.office(), Map.of("assignmentId", assignment, "note", NOTE))
                .statusCode(201)
                .header("Location", containsString("/api/reminders/"))
                .body("assignmentId", equalTo(assignment))
                .body("kind", equalTo("OVERDUE"))
                .body("step", greaterThanOrEqualTo(1))
                .body("urgedBy", equalTo("office-clerk"))
                .body("note", equalTo(NOTE))
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");

        assertThat(fixture.deliveriesTo(subscription)).singleElement().satisfies(d -> {
            assertThat(d.reminderId).hasToString(id);
            assertThat(d.status).isEqualTo(DeliveryStatus.PENDING);
        });
        assertThat(ReminderFixture.issuedEvents(List.of(assignment))).isEqualTo(1);
        worker.deliverDue(Instant.now().plusSeconds(1));
        assertThat(receiver.received()).singleElement().satisfies(request -> {
            JsonNode body = mapper.readTree(request.body());
            assertThat(body.get("reminderId").asText()).isEqualTo(id);
            assertThat(body.get("kind").asText()).isEqualTo("OVERDUE");
            assertThat(body.get("urged").asBoolean()).isTrue();
            assertThat(body.get("note").asText()).isEqualTo(NOTE);
        });
        given().auth()
                .oauth2(TestTokens.auditor())
                .queryParam("assignmentId", assignment)
                .get("/api/reminders")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].urgedBy", equalTo("office-clerk"))
                .body("items[0].note", equalTo(NOTE))
                .body("items[0].status", equalTo("DELIVERED"));
    }

    @Test
    void shouldDeliverAnUrgeInTheTraceOfTheOfficesRequest() {
        String trace = "5e1c0dd2a8f64b0c9d3a27f4c1b8e6a0";
        fixture.webhookForRegion("336108", receiver.url(), SECRET);
        String assignment = fixture.track(overdue("336108"));

        given().auth()
                .oauth2(TestTokens.office())
                .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .contentType("application/json")
                .body(Map.of("assignmentId", assignment))
                .post("/api/reminders/urge")
                .then()
                .statusCode(201);
        worker.deliverDue(Instant.now().plusSeconds(1));

        assertThat(fixture.reminders(assignment))
                .singleElement()
                .satisfies(r -> assertThat(r.traceParent).startsWith("00-" + trace + "-"));
        assertThat(receiver.received())
                .singleElement()
                .satisfies(request -> assertThat(request.traceParent()).startsWith("00-" + trace + "-"));
    }

    @Test
    void shouldShowTheUrgedReminderAtItsLocationToThoseWhoMaySeeIt() {
        String unit = ReminderFixture.unique("u-336102");
        String assignment = fixture.track(NewAssignment.fixed("336102", unit, daysFromToday(-10), longAgo()));
        String location = urge(TestTokens.office(), Map.of("assignmentId", assignment))
                .statusCode(201)
                .body("note", nullValue())
                .extract()
                .header("Location");

        read(TestTokens.office(), location).statusCode(200).body("assignmentId", equalTo(assignment));
        read(TestTokens.unit(unit), location).statusCode(200).body("urgedBy", equalTo("office-clerk"));
        read(TestTokens.integration("336102"), location).statusCode(200);
        read(TestTokens.integration("336199"), location).statusCode(403).contentType(PROBLEM);
        read(TestTokens.unit("u-other"), location).statusCode(403).contentType(PROBLEM);
        read(TestTokens.office(), "/api/reminders/" + UUID.randomUUID())
                .statusCode(404)
                .contentType(PROBLEM);
        given().get(location).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAnAssignmentThatIsNotOverdueSayingWhy() {
        String notYetDue = fixture.track(NewAssignment.fixed("336103", "u-336103", daysFromToday(30), longAgo()));
        String completed = fixture.track(overdue("336103").as(UnitRole.RESPONSIBLE, AssignmentStatus.COMPLETED));
        String ongoing = fixture.track(ongoing("336103"));

        urge(TestTokens.office(), Map.of("assignmentId", notYetDue))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", containsString("not overdue until " + daysFromToday(31)));
        urge(TestTokens.office(), Map.of("assignmentId", completed))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", containsString("already completed"));
        urge(TestTokens.office(), Map.of("assignmentId", ongoing))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", containsString("no fixed due date (ONGOING: 持续推进)"));
        assertThat(List.of(notYetDue, completed, ongoing))
                .allSatisfy(id -> assertThat(fixture.reminders(id)).isEmpty());
    }

    @Test
    void shouldAnswerAnUnknownAssignmentWithNotFound() {
        urge(TestTokens.office(), Map.of("assignmentId", UUID.randomUUID().toString()))
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", containsString("does not exist"));
    }

    @Test
    void shouldRefuseEveryoneButTheOffice() {
        String assignment = fixture.track(overdue("336104"));
        Map<String, Object> body = Map.of("assignmentId", assignment);

        for (String token :
                List.of(TestTokens.unit("u-336104"), TestTokens.integration("336104"), TestTokens.auditor())) {
            urge(token, body).statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        }
        given().contentType("application/json")
                .body(body)
                .post("/api/reminders/urge")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        assertThat(fixture.reminders(assignment)).isEmpty();
    }

    @Test
    void shouldReturnTheFirstUrgeWhenTheSameRequestIdComesAgain() {
        UUID subscription = fixture.webhookForRegion("336105", receiver.url(), SECRET);
        String assignment = fixture.track(overdue("336105"));
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("assignmentId", assignment, "note", NOTE, "requestId", requestId);

        String first = urge(TestTokens.office(), body).statusCode(201).extract().path("id");
        urge(TestTokens.office(), body)
                .statusCode(200)
                .body("id", equalTo(first))
                .body("note", equalTo(NOTE));
        urge(TestTokens.office(), Map.of("assignmentId", assignment, "note", "另一条", "requestId", requestId))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString("requestId " + requestId + " was already used"));
        worker.deliverDue(Instant.now().plusSeconds(1));

        assertThat(fixture.reminders(assignment)).hasSize(1);
        assertThat(fixture.deliveriesTo(subscription)).hasSize(1);
        assertThat(ReminderFixture.issuedEvents(List.of(assignment))).isEqualTo(1);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void shouldRefuseASecondUrgeWithinTheCoolDownSayingWhenItMayBeUrgedAgain() {
        String assignment = fixture.track(overdue("336106"));
        String issuedAt = urge(TestTokens.office(), Map.of("assignmentId", assignment))
                .statusCode(201)
                .extract()
                .path("issuedAt");
        Instant urgeableAt = Instant.parse(issuedAt).plus(Duration.ofHours(1));

        ValidatableResponse refused = urge(
                        TestTokens.forRoles("office-clerk-2", "office"),
                        Map.of("assignmentId", assignment, "requestId", "another-clerk-1"))
                .statusCode(429)
                .contentType(PROBLEM)
                .body("status", equalTo(429))
                .body("urgeableAt", equalTo(urgeableAt.toString()))
                .body("detail", containsString("may be urged again from " + urgeableAt));
        long retryAfter = Long.parseLong(refused.extract().header("Retry-After"));
        assertThat(retryAfter).isBetween(3_000L, 3_600L);
        assertThat(fixture.reminders(assignment)).hasSize(1);
    }

    @Test
    void shouldRefuseBadBodiesAsProblemsNeverAsServerErrors() {
        String assignment = fixture.track(overdue("336107"));
        List<Object> bodies = List.of(
                "",
                "{}",
                "[]",
                "null",
                "not json",
                "{\"assignmentId\":\"abc\"}",
                "{\"assignmentId\":42}",
                Map.of("assignmentId", assignment, "unknown", 1),
                Map.of("assignmentId", assignment, "note", "催".repeat(501)),
                Map.of("assignmentId", assignment, "note", "请报送\u0007"),
                Map.of("assignmentId", assignment, "note", "请报送\u202e"),
                "{\"assignmentId\":\"" + assignment + "\",\"note\":\"请报送\\ud83d\"}",
                Map.of("assignmentId", assignment, "requestId", ""),
                Map.of("assignmentId", assignment, "requestId", "has space"),
                Map.of("assignmentId", assignment, "requestId", "x".repeat(101)),
                Map.of("assignmentId", assignment, "requestId", List.of("r-1")));
        for (Object body : bodies) {
            ExtractableResponse<Response> answer =
                    urge(TestTokens.office(), body).extract();
            assertThat(answer.statusCode()).as("status for %s", body).isIn(400, 422);
            assertThat(answer.contentType()).as("type for %s", body).startsWith(PROBLEM);
        }
        assertThat(fixture.reminders(assignment)).isEmpty();
    }

    /** Overdue by ten days today, whatever day the tests run on. */
    private static NewAssignment overdue(String region) {
        return NewAssignment.fixed(region, ReminderFixture.unique("u-" + region), daysFromToday(-10), longAgo());
    }

    private static NewAssignment ongoing(String region) {
        NewAssignment fixed = overdue(region);
        return new NewAssignment(
                fixed.id(),
                fixed.planId(),
                fixed.taskId(),
                fixed.unitId(),
                region,
                UnitRole.RESPONSIBLE,
                new Deadline("持续推进", DeadlineKind.ONGOING, null, null),
                AssignmentStatus.ONGOING,
                fixed.createdAt());
    }

    private static LocalDate daysFromToday(int days) {
        return LocalDate.now(ReminderPolicy.SHANGHAI).plusDays(days);
    }

    private static Instant longAgo() {
        return Instant.now().minus(Duration.ofDays(60));
    }

    private static ValidatableResponse urge(String token, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post("/api/reminders/urge")
                .then();
    }

    private static ValidatableResponse read(String token, String location) {
        return given().auth().oauth2(token).get(location).then();
    }
}
