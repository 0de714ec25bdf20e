package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.OfficeSamples.SUBSCRIPTION_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** Where reminders go: units' and regions' webhooks and mailboxes, added, edited and removed by the office. */
@QuarkusTest
class SubscriptionPagesTest {

    private static final String SUBSCRIPTION = "/api/subscriptions/" + SUBSCRIPTION_ID;

    @BeforeEach
    void oneWebhook() {
        UpstreamServices.reset();
        UpstreamServices.answer("GET", "/api/subscriptions", json(OfficeSamples.subscriptionPage()));
        UpstreamServices.answer("GET", SUBSCRIPTION, json(OfficeSamples.subscription()));
    }

    @Test
    void shouldListSubscriptionsWithTheOfficesTokenAndTheFiltersAsked() {
        String token = TestTokens.office();
        String page = Browser.as(token)
                .get("/reminders/subscriptions?unitId=341800-fgw&page=0")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        UpstreamServices.Call call =
                UpstreamServices.calls("GET", "/api/subscriptions").get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(call.query())
                .contains("unitId=341800-fgw", "page=0", "size=20")
                .doesNotContain("regionCode");
        assertThat(page)
                .contains("https://oa.example.gov.cn/hooks/taizhang", "回调地址（Webhook）", "启用", "共 1 个订阅")
                .contains("/reminders/deliveries?subscriptionId=" + SUBSCRIPTION_ID);
    }

    @Test
    void shouldSubscribeAWebhookSendingOnlyTheWebhooksFields() {
        UpstreamServices.answer("POST", "/api/subscriptions", json(201, OfficeSamples.subscription()));

        Response created = Browser.office()
                .formParam("unitId", "341800-fgw")
                .formParam("channel", "WEBHOOK")
                .formParam("url", "https://oa.example.gov.cn/hooks/taizhang")
                .formParam("secret", "s3cret-at-least-16")
                .formParam("email", "left@over.example")
                .formParam("active", "on")
                .post("/reminders/subscriptions/new");

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/reminders/subscriptions?notice=subscribed");
        assertThat(UpstreamServices.calls("POST", "/api/subscriptions").get(0).text())
                .isEqualTo("{\"unitId\":\"341800-fgw\",\"regionCode\":null,\"channel\":\"WEBHOOK\","
                        + "\"url\":\"https://oa.example.gov.cn/hooks/taizhang\",\"secret\":\"s3cret-at-least-16\","
                        + "\"email\":null,\"keyword\":null,\"phones\":null,\"active\":true}");
    }

    @Test
    void shouldSubscribeADingTalkRobotWithItsSecretAndKeywordButNotTheOtherChannelsFields() {
        UpstreamServices.answer("POST", "/api/subscriptions", json(201, OfficeSamples.subscription()));

        Browser.office()
                .formParam("regionCode", "341821")
                .formParam("channel", "DINGTALK")
                .formParam("url", "https://oapi.dingtalk.com/robot/send?access_token=abc123")
                .formParam("secret", "SECabc")
                .formParam("keyword", "台账")
                .formParam("phones", "13800138000")
                .formParam("email", "left@over.example")
                .post("/reminders/subscriptions/new")
                .then()
                .statusCode(303);

        assertThat(UpstreamServices.calls("POST", "/api/subscriptions").get(0).text())
                .contains(
                        "\"channel\":\"DINGTALK\"",
                        "\"url\":\"https://oapi.dingtalk.com/robot/send?access_token=abc123\"",
                        "\"secret\":\"SECabc\"",
                        "\"keyword\":\"台账\"",
                        "\"email\":null",
                        "\"phones\":null");
    }

    @Test
    void shouldShowARobotsMaskedUrlAndATextMessageSubscriptionsNumbers() {
        UpstreamServices.answer(
                "GET",
                "/api/subscriptions",
                json("{\"items\":["
                        + OfficeSamples.subscription(
                                "WECOM", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***", null)
                        + "," + OfficeSamples.subscription("SMS", null, "[\"13800138000\",\"13900139000\"]")
                        + "],\"page\":0,\"size\":20,\"total\":2}"));

        String page = Browser.office()
                .get("/reminders/subscriptions")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains("企业微信/政务微信群机器人", "send?key=***", "短信", "13800138000、13900139000");
    }

    @Test
    void shouldShowTheServicesRefusalOfAnInternalWebhookBesideTheFormWithoutTheSecret() {
        UpstreamServices.answer(
                "POST",
                "/api/subscriptions",
                json(
                        422,
                        Samples.problem(
                                422,
                                "The subscription is not valid: 1 error(s)",
                                "url",
                                "refused: 2130706433 is a loopback address (127.0.0.1) not allowed for webhooks")));

        String page = Browser.office()
                .formParam("unitId", "341800-fgw")
                .formParam("channel", "WEBHOOK")
                .formParam("url", "http://2130706433/hook")
                .formParam("secret", "s3cret-at-least-16")
                .post("/reminders/subscriptions/new")
                .then()
                .statusCode(422)
                .extract()
                .asString();

        assertThat(page)
                .contains("未能保存", "回调地址：refused: 2130706433 is a loopback address (127.0.0.1)")
                .contains("value=\"http://2130706433/hook\"")
                .doesNotContain("s3cret-at-least-16");
    }

    @Test
    void shouldRefuseAUnitAndARegionTogetherBeforeCallingTheService() {
        String page = Browser.office()
                .formParam("unitId", "341800-fgw")
                .formParam("regionCode", "341821")
                .formParam("channel", "EMAIL")
                .formParam("email", "gkb@xuancheng.gov.cn")
                .post("/reminders/subscriptions/new")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        Browser.office().get("/reminders/subscriptions/not-an-id").then().statusCode(400);

        assertThat(page).contains("单位编号与地区代码请填写其中一项", "value=\"gkb@xuancheng.gov.cn\"");
        assertThat(UpstreamServices.calls()).isEmpty();
    }

    @Test
    void shouldKeepTheSecretWhenAnEditLeavesItBlank() {
        UpstreamServices.answer("PUT", SUBSCRIPTION, json(OfficeSamples.subscription()));

        String form = Browser.office()
                .get("/reminders/subscriptions/" + SUBSCRIPTION_ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Response saved = Browser.office()
                .formParam("unitId", "341800-fgw")
                .formParam("channel", "WEBHOOK")
                .formParam("url", "https://oa.example.gov.cn/hooks/v2")
                .formParam("secret", "")
                .post("/reminders/subscriptions/" + SUBSCRIPTION_ID);

        assertThat(form).contains("不填则沿用原密钥", "value=\"https://oa.example.gov.cn/hooks/taizhang\"");
        assertThat(saved.header("Location")).endsWith("/reminders/subscriptions/" + SUBSCRIPTION_ID + "?notice=saved");
        assertThat(UpstreamServices.calls("PUT", SUBSCRIPTION).get(0).text())
                .contains("\"url\":\"https://oa.example.gov.cn/hooks/v2\"", "\"secret\":null", "\"active\":false");
    }

    @Test
    void shouldAskBeforeUnsubscribingThenUnsubscribe() {
        UpstreamServices.answer(
                "DELETE", SUBSCRIPTION, new UpstreamServices.Answer(204, "application/json", new byte[0], Map.of()));

        String asked = Browser.office()
                .get("/reminders/subscriptions/" + SUBSCRIPTION_ID + "/delete")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Response removed = Browser.office().post("/reminders/subscriptions/" + SUBSCRIPTION_ID + "/delete");

        assertThat(asked).contains("确定删除单位 341800-fgw发往 https://oa.example.gov.cn/hooks/taizhang 的提醒订阅吗");
        assertThat(removed.header("Location")).endsWith("/reminders/subscriptions?notice=unsubscribed");
        assertThat(UpstreamServices.calls("DELETE", SUBSCRIPTION)).hasSize(1);
    }
}
