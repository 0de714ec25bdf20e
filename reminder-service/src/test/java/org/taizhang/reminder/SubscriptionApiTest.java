package org.taizhang.reminder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.reminder.entity.Subscription;
import org.taizhang.testsupport.TestTokens;

/** The subscriptions API: management by the office and by a unit for itself, validation, the secret never shown. */
@QuarkusTest
class SubscriptionApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SECRET = "a-webhook-secret-of-32-characters";

    @Test
    void shouldLetTheOfficeManageSubscriptionsWithoutEverShowingTheSecret() {
        String unit = ReminderFixture.unique("u-3396");
        String id = post(TestTokens.office(), webhook(unit, "https://oa.example.gov.cn/hooks/a"))
                .statusCode(201)
                .header("Location", containsString("/api/subscriptions/"))
                .extract()
                .path("id");
        read(TestTokens.office(), id)
                .statusCode(200)
                .body("$", not(hasKey("secret")))
                .body("secretSet", equalTo(true))
                .body("channel", equalTo("WEBHOOK"))
                .body("unitId", equalTo(unit));

        Map<String, Object> edit = webhook(unit, "https://oa.example.gov.cn/hooks/b");
        edit.remove("secret");
        edit.put("active", false);
        put(TestTokens.office(), id, edit)
                .statusCode(200)
                .body("url", equalTo("https://oa.example.gov.cn/hooks/b"))
                .body("active", equalTo(false))
                .body("secretSet", equalTo(true))
                .body("$", not(hasKey("secret")));
        assertThat(ReminderFixture.inTx(() -> Subscription.<Subscription>findById(UUID.fromString(id)).secret))
                .as("an edit without a secret keeps the current one")
                .isEqualTo(SECRET);
        given().auth()
                .oauth2(TestTokens.auditor())
                .queryParam("unitId", unit)
                .get("/api/subscriptions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items", everyItem(not(hasKey("secret"))));

        given().auth()
                .oauth2(TestTokens.office())
                .delete("/api/subscriptions/" + id)
                .then()
                .statusCode(204);
        read(TestTokens.office(), id).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldLetAUnitManageOnlyItsOwnUnitsSubscriptions() {
        String own = ReminderFixture.unique("u-3396");
        String other = ReminderFixture.unique("u-3396");
        String token = TestTokens.unit(own);
        String mine = post(token, email(own, own + "@example.gov.cn"))
                .statusCode(201)
                .body("createdBy", equalTo("unit-" + own))
                .extract()
                .path("id");
        String theirs = post(TestTokens.office(), email(other, other + "@example.gov.cn"))
                .statusCode(201)
                .extract()
                .path("id");

        post(token, email(other, "x@example.gov.cn")).statusCode(403).contentType(PROBLEM);
        post(token, regionWebhook("339601")).statusCode(403);
        read(token, theirs).statusCode(403).contentType(PROBLEM);
        put(token, theirs, email(other, "y@example.gov.cn")).statusCode(403);
        put(token, mine, email(other, "y@example.gov.cn")).statusCode(403);
        given().auth()
                .oauth2(token)
                .delete("/api/subscriptions/" + theirs)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token)
                .queryParam("unitId", other)
                .get("/api/subscriptions")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token)
                .get("/api/subscriptions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(mine));

        put(token, mine, email(own, "new-" + own + "@example.gov.cn"))
                .statusCode(200)
                .body("email", equalTo("new-" + own + "@example.gov.cn"));
        post(TestTokens.integration("339601"), regionWebhook("339601")).statusCode(403);
        post(TestTokens.auditor(), email(own, "z@example.gov.cn")).statusCode(403);
        given().auth().oauth2(token).delete("/api/subscriptions/" + mine).then().statusCode(204);
    }

    @Test
    void shouldRefuseAnIncompleteSubscriptionListingEveryError() {
        String unit = ReminderFixture.unique("u-3396");
        Map<String, Object> both = webhook(unit, "ftp://oa.example.gov.cn/x");
        both.put("regionCode", "339601");
        both.put("secret", "short");
        post(TestTokens.office(), both)
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("unitId", "url", "secret"));
        Map<String, Object> noAddress = email(unit, null);
        post(TestTokens.office(), noAddress).statusCode(422).body("errors[0].field", equalTo("email"));
        post(TestTokens.office(), regionWebhook("33960x"))
                .statusCode(422)
                .body("errors[0].field", equalTo("regionCode"));
        post(TestTokens.office(), email(unit, "not-an-address")).statusCode(400).contentType(PROBLEM);
        Map<String, Object> unknownChannel = email(unit, "a@example.gov.cn");
        unknownChannel.put("channel", "PIGEON");
        post(TestTokens.office(), unknownChannel).statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseWebhooksToInternalOrMetadataTargetsWithTheReason() {
        String unit = ReminderFixture.unique("u-3396");
        for (String url : List.of(
                "http://169.254.169.254/latest/meta-data/",
                "http://127.0.0.2:15432",
                "http://[::1]:8082",
                "http://2130706433:8084",
                "http://0x7f000001:8084",
                "http://0177.0.0.1:8084",
                "http://0.0.0.0:9092",
                "http://10.1.2.3/hook",
                "http://100.64.0.1/hook",
                "http://[::ffff:192.168.0.1]/hook",
                "http://[fd00:ec2::254]/",
                "http://localhost:8083/api/me",
                "http://metadata.google.internal/computeMetadata/v1/")) {
            post(TestTokens.office(), webhook(unit, url))
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("url"))
                    .body("errors[0].message", containsString("refused"));
        }
        String id = post(TestTokens.office(), webhook(unit, "https://oa.example.gov.cn/hooks/a"))
                .statusCode(201)
                .extract()
                .path("id");
        put(TestTokens.office(), id, webhook(unit, "http://[0:0:0:0:0:0:0:1]/"))
                .statusCode(422)
                .body("errors[0].field", equalTo("url"));
        read(TestTokens.office(), id).statusCode(200).body("url", equalTo("https://oa.example.gov.cn/hooks/a"));
        assertThat(ReminderFixture.inTx(() -> Subscription.count("unitId", unit)))
                .as("nothing written for a refused target")
                .isEqualTo(1);
    }

    private static Map<String, Object> webhook(String unit, String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit);
        body.put("channel", "WEBHOOK");
        body.put("url", url);
        body.put("secret", SECRET);
        return body;
    }

    private static Map<String, Object> regionWebhook(String region) {
        Map<String, Object> body = webhook(null, "https://county.example.gov.cn/hooks/taizhang");
        body.remove("unitId");
        body.put("regionCode", region);
        return body;
    }

    private static Map<String, Object> email(String unit, String address) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit);
        body.put("channel", "EMAIL");
        body.put("email", address);
        return body;
    }

    private static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/subscriptions")
                .then();
    }

    private static ValidatableResponse put(String token, String id, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/subscriptions/" + id)
                .then();
    }

    private static ValidatableResponse read(String token, String id) {
        return given().auth().oauth2(token).get("/api/subscriptions/" + id).then();
    }
}
