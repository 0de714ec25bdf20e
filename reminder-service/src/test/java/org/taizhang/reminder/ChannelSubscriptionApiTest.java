package org.taizhang.reminder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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

/** Subscriptions on the WeCom, DingTalk and SMS channels: what each needs, and keys and secrets never shown. */
@QuarkusTest
class ChannelSubscriptionApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String WECOM = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=";
    private static final String DINGTALK = "https://oapi.dingtalk.com/robot/send?access_token=";

    @Test
    void shouldMaskAWeComKeyAndKeepItWhenTheMaskedUrlComesBack() {
        String unit = ReminderFixture.unique("u-3399");
        String key = UUID.randomUUID().toString();
        Map<String, Object> wecom = robot(unit, "WECOM", WECOM + key);
        String id = post(wecom)
                .statusCode(201)
                .body("url", equalTo(WECOM + "***"))
                .body("secretSet", equalTo(false))
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/subscriptions/" + id)
                .then()
                .statusCode(200)
                .body("url", equalTo(WECOM + "***"))
                .body(not(containsString(key)));

        wecom.put("url", WECOM + "***");
        wecom.put("active", false);
        put(id, wecom).statusCode(200).body("active", equalTo(false));
        assertThat(stored(id).url).as("the masked URL sent back keeps the key").isEqualTo(WECOM + key);

        put(id, robot(unit, "WECOM", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send"))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("key"));
    }

    @Test
    void shouldTakeADingTalkSecretAndKeywordWithoutShowingTheSecret() {
        String unit = ReminderFixture.unique("u-3399");
        Map<String, Object> dingTalk = robot(unit, "DINGTALK", DINGTALK + "e9a8118c8a3d");
        dingTalk.put("secret", "SEC10d6e79b42bd94be0d0d603843651aa2");
        dingTalk.put("keyword", "台账提醒");

        String id = post(dingTalk)
                .statusCode(201)
                .body("url", equalTo(DINGTALK + "***"))
                .body("secretSet", equalTo(true))
                .body("keyword", equalTo("台账提醒"))
                .body("$", not(hasKey("secret")))
                .extract()
                .path("id");

        assertThat(stored(id).secret).isEqualTo("SEC10d6e79b42bd94be0d0d603843651aa2");
        dingTalk.put("secret", "SEC-short");
        post(dingTalk).statusCode(422).contentType(PROBLEM).body("errors[0].field", equalTo("secret"));
        post(robot(unit, "DINGTALK", "https://oapi.dingtalk.com/robot/send"))
                .statusCode(422)
                .body("errors[0].message", containsString("access_token"));
    }

    @Test
    void shouldRefuseARobotUrlReachingAnInternalAddress() {
        post(robot(ReminderFixture.unique("u-3399"), "WECOM", "http://10.1.2.3/cgi-bin/webhook/send?key=k"))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", containsString("refused"));
    }

    @Test
    void shouldTakeMainlandMobileNumbersForSmsAndRefuseOthers() {
        String unit = ReminderFixture.unique("u-3399");

        post(sms(unit, List.of("+86 138-0013-8000", "13912345678")))
                .statusCode(201)
                .body("channel", equalTo("SMS"))
                .body("phones", equalTo(List.of("13800138000", "13912345678")));
        post(sms(unit, List.of("0551-1234567")))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("phones"))
                .body("errors[0].message", containsString("not a mainland mobile number"));
        post(sms(unit, List.of())).statusCode(422).body("errors[0].field", equalTo("phones"));
        post(sms(
                        unit,
                        List.of(
                                "13800138001",
                                "13800138002",
                                "13800138003",
                                "13800138004",
                                "13800138005",
                                "13800138006")))
                .statusCode(400)
                .contentType(PROBLEM);
    }

    private static Subscription stored(String id) {
        return ReminderFixture.inTx(() -> Subscription.findById(UUID.fromString(id)));
    }

    private static Map<String, Object> robot(String unit, String channel, String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit);
        body.put("channel", channel);
        body.put("url", url);
        return body;
    }

    private static Map<String, Object> sms(String unit, List<String> phones) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit);
        body.put("channel", "SMS");
        body.put("phones", phones);
        return body;
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/subscriptions")
                .then();
    }

    private static ValidatableResponse put(String id, Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/subscriptions/" + id)
                .then();
    }
}
