package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.OfficeSamples.DELIVERY_ID;
import static org.taizhang.console.OfficeSamples.SUBSCRIPTION_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** The delivery log of reminders, newest first, with a failed delivery sent again on the office's word. */
@QuarkusTest
class DeliveryPagesTest {

    private static final String REDELIVER = "/api/deliveries/" + DELIVERY_ID + "/redeliver";

    @BeforeEach
    void oneDeadLetter() {
        UpstreamServices.reset();
        UpstreamServices.answer("GET", "/api/deliveries", json(OfficeSamples.deliveryPage("FAILED")));
    }

    @Test
    void shouldListDeliveriesWithTheOfficesTokenAndOfferToResendAFailedOne() {
        String token = TestTokens.office();
        String page = Browser.as(token)
                .get("/reminders/deliveries?status=FAILED&subscriptionId=" + SUBSCRIPTION_ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        UpstreamServices.Call call =
                UpstreamServices.calls("GET", "/api/deliveries").get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(call.query()).contains("status=FAILED", "subscriptionId=" + SUBSCRIPTION_ID, "page=0", "size=20");
        assertThat(page)
                .contains("失败", "HTTP 503", "共 1 条投递", "action=\"/reminders/deliveries/" + DELIVERY_ID + "/redeliver\"")
                .contains("<input type=\"hidden\" name=\"status\" value=\"FAILED\">");
    }

    @Test
    void shouldOfferNoResendForADeliveredOne() {
        UpstreamServices.answer("GET", "/api/deliveries", json(OfficeSamples.deliveryPage("DELIVERED")));

        String page = Browser.office()
                .get("/reminders/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("已送达").doesNotContain("/redeliver");
    }

    @Test
    void shouldResendAndReturnToTheSameFilteredPage() {
        UpstreamServices.answer(
                "POST", REDELIVER, json(202, "{\"id\":\"" + DELIVERY_ID + "\",\"status\":\"PENDING\"}"));

        Response resent = Browser.office()
                .formParam("status", "FAILED")
                .formParam("page", "0")
                .post("/reminders/deliveries/" + DELIVERY_ID + "/redeliver");

        assertThat(resent.statusCode()).isEqualTo(303);
        assertThat(resent.header("Location")).endsWith("/reminders/deliveries?status=FAILED&page=0&notice=redelivered");
        assertThat(UpstreamServices.calls("POST", REDELIVER)).hasSize(1);
    }

    @Test
    void shouldShowWhyADeliveryCannotBeResentInItsRow() {
        UpstreamServices.answer(
                "POST",
                REDELIVER,
                json(409, "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"Delivery is DELIVERED, not FAILED\"}"));

        String page = Browser.office()
                .post("/reminders/deliveries/" + DELIVERY_ID + "/redeliver")
                .then()
                .statusCode(409)
                .extract()
                .asString();

        int row = page.indexOf("id=\"delivery-" + DELIVERY_ID + "\"");
        assertThat(row).isPositive();
        assertThat(page.indexOf("Delivery is DELIVERED, not FAILED", row)).isGreaterThan(row);
    }

    @Test
    void shouldAnswerABadFilterOrAddressWith400WithoutCallingTheService() {
        Browser.office().get("/reminders/deliveries?status=LOST").then().statusCode(400);
        Browser.office().get("/reminders/deliveries?subscriptionId=abc").then().statusCode(400);
        Browser.office().post("/reminders/deliveries/abc/redeliver").then().statusCode(400);

        assertThat(UpstreamServices.calls()).isEmpty();
    }
}
