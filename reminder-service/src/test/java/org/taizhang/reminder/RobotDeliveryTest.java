package org.taizhang.reminder;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reminder.ReminderFixture.beijing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.Delivery;
import org.taizhang.reminder.entity.DeliveryStatus;
import org.taizhang.reminder.service.DeliveryWorker;
import org.taizhang.reminder.service.ReminderTick;
import org.taizhang.reminder.service.SubscriptionDetails;
import org.taizhang.testsupport.TestTokens;

/** WeCom and DingTalk robot deliveries against a WireMock stand-in: the exact requests, and the documented failures. */
@QuarkusTest
class RobotDeliveryTest {

    private static final LocalDate MARCH_END = LocalDate.of(2026, 3, 31);
    private static final Instant TICK = beijing(2026, 3, 24, 9, 30);
    private static final String WECOM_PATH = "/cgi-bin/webhook/send";
    private static final String DINGTALK_PATH = "/robot/send";

    @InjectStandIn
    WireMockServer standIn;

    @Inject
    ReminderFixture fixture;

    @Inject
    ReminderTick tick;

    @Inject
    DeliveryWorker worker;

    @Inject
    ObjectMapper mapper;

    @Test
    void shouldPostOneWeComMarkdownMessageAndNeverShowTheKey() throws Exception {
        String key = UUID.randomUUID().toString();
        answerWeCom(key, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        UUID subscription = subscribe("339801", Channel.WECOM, base() + WECOM_PATH + "?key=" + key, null);
        String unit = ReminderFixture.unique("u-3398");
        String assignment = fixture.track(NewAssignment.fixed("339801", unit, MARCH_END, beijing(2026, 1, 10, 9, 0)));

        tick.tick(TICK);
        worker.deliverDue(TICK);
        worker.deliverDue(TICK.plusSeconds(60));

        List<LoggedRequest> sent =
                standIn.findAll(postRequestedFor(urlPathEqualTo(WECOM_PATH)).withQueryParam("key", equalTo(key)));
        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Content-Type")).isEqualToIgnoringCase("application/json; charset=utf-8");
            JsonNode body = mapper.readTree(request.getBodyAsString());
            assertThat(body.get("msgtype").asText()).isEqualTo("markdown");
            assertThat(body.get("markdown").get("content").asText())
                    .contains("做好政策解读发布工作", "距截止日期还有5个工作日", unit + "名称", "截止日期：2026-03-31（剩5个工作日）")
                    .endsWith("(https://taizhang.example.gov.cn/assignments/" + assignment + ")");
        });
        Delivery delivery = fixture.deliveriesTo(subscription).get(0);
        assertThat(delivery.status).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.attempts).isEqualTo(1);
        assertThat(delivery.target).isEqualTo(base() + WECOM_PATH + "?key=***");
        String shown = given().auth()
                .oauth2(TestTokens.office())
                .get("/api/subscriptions/" + subscription)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String log = given().auth()
                .oauth2(TestTokens.auditor())
                .queryParam("subscriptionId", subscription.toString())
                .get("/api/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(shown).contains("key=***").doesNotContain(key);
        assertThat(log).contains("key=***").doesNotContain(key);
    }

    @Test
    void shouldRetryAWeComRateLimitThenGiveUpOnAnInvalidKey() {
        String key = UUID.randomUUID().toString();
        answerWeCom(key, "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");
        UUID subscription = subscribe("339802", Channel.WECOM, base() + WECOM_PATH + "?key=" + key, null);
        fixture.track(
                NewAssignment.fixed("339802", ReminderFixture.unique("u-3398"), MARCH_END, beijing(2026, 1, 10, 9, 0)));
        tick.tick(TICK);

        worker.deliverDue(TICK);

        Delivery limited = fixture.deliveriesTo(subscription).get(0);
        assertThat(limited.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(limited.lastError).isEqualTo("WeCom errcode 45009: api freq out of limit");
        assertThat(limited.nextAttemptAt).isAfter(TICK);

        answerWeCom(key, "{\"errcode\":93000,\"errmsg\":\"invalid webhook url, hint: [1700000000_0000]\"}");
        worker.deliverDue(TICK.plusSeconds(10));

        Delivery dead = fixture.deliveriesTo(subscription).get(0);
        assertThat(dead.status).as("a bad key is not retried").isEqualTo(DeliveryStatus.FAILED);
        assertThat(dead.attempts).isEqualTo(2);
        assertThat(dead.lastError).startsWith("WeCom errcode 93000").doesNotContain(key);
        worker.deliverDue(TICK.plusSeconds(60));
        assertThat(standIn.findAll(postRequestedFor(urlPathEqualTo(WECOM_PATH)).withQueryParam("key", equalTo(key))))
                .hasSize(2);
    }

    @Test
    void shouldSignADingTalkRequestAndPutTheRobotsKeywordInTheMessage() throws Exception {
        String token = UUID.randomUUID().toString().replace("-", "");
        String secret = "SEC" + UUID.randomUUID().toString().replace("-", "");
        answerDingTalk(token, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        UUID subscription = fixture.subscribe(new SubscriptionDetails(
                null,
                "339803",
                Channel.DINGTALK,
                base() + DINGTALK_PATH + "?access_token=" + token,
                secret,
                null,
                "台账提醒",
                null,
                true));
        String assignment = fixture.track(
                NewAssignment.fixed("339803", ReminderFixture.unique("u-3398"), MARCH_END, beijing(2026, 1, 10, 9, 0)));
        tick.tick(TICK);

        Instant before = Instant.now();
        worker.deliverDue(TICK);

        List<LoggedRequest> sent = standIn.findAll(
                postRequestedFor(urlPathEqualTo(DINGTALK_PATH)).withQueryParam("access_token", equalTo(token)));
        assertThat(sent).singleElement().satisfies(request -> {
            String timestamp = request.queryParameter("timestamp").firstValue();
            assertThat(Long.parseLong(timestamp))
                    .as("the real time of sending, in milliseconds")
                    .isBetween(before.toEpochMilli(), Instant.now().toEpochMilli());
            assertThat(request.queryParameter("sign").firstValue()).isEqualTo(dingTalkSign(secret, timestamp));
            JsonNode markdown = mapper.readTree(request.getBodyAsString()).get("markdown");
            assertThat(mapper.readTree(request.getBodyAsString()).get("msgtype").asText())
                    .isEqualTo("markdown");
            assertThat(markdown.get("title").asText()).startsWith("【台账提醒】");
            assertThat(markdown.get("text").asText())
                    .startsWith("#### 【台账提醒】第7项任务「做好政策解读发布工作」")
                    .contains("剩5个工作日")
                    .endsWith("(https://taizhang.example.gov.cn/assignments/" + assignment + ")");
        });
        Delivery delivery = fixture.deliveriesTo(subscription).get(0);
        assertThat(delivery.status).as(delivery.lastError).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.target).endsWith("?access_token=***");
    }

    @Test
    void shouldRetrySendTooFastThenGiveUpWhenTheKeywordOrSignatureRuleFails() {
        String token = UUID.randomUUID().toString().replace("-", "");
        answerDingTalk(token, "{\"errcode\":130101,\"errmsg\":\"send too fast, exceed 20 times per minute\"}");
        UUID subscription =
                subscribe("339804", Channel.DINGTALK, base() + DINGTALK_PATH + "?access_token=" + token, null);
        fixture.track(
                NewAssignment.fixed("339804", ReminderFixture.unique("u-3398"), MARCH_END, beijing(2026, 1, 10, 9, 0)));
        tick.tick(TICK);

        worker.deliverDue(TICK);
        assertThat(fixture.deliveriesTo(subscription).get(0).status).isEqualTo(DeliveryStatus.PENDING);

        answerDingTalk(token, "{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}");
        worker.deliverDue(TICK.plusSeconds(10));

        Delivery dead = fixture.deliveriesTo(subscription).get(0);
        assertThat(dead.status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(dead.attempts).isEqualTo(2);
        assertThat(dead.lastError).isEqualTo("DingTalk errcode 310000: keywords not in content");
        assertThat(standIn
                        .findAll(postRequestedFor(urlPathEqualTo(DINGTALK_PATH))
                                .withQueryParam("access_token", equalTo(token)))
                        .stream()
                        .filter(r -> !r.getQueryParams().containsKey("sign")))
                .as("no secret, no signature")
                .hasSize(2);
    }

    /** The stand-in as written in URLs: the literal the test deployment allows (not localhost). */
    private String base() {
        return "http://127.0.0.1:" + standIn.port();
    }

    private UUID subscribe(String region, Channel channel, String url, String secret) {
        return fixture.subscribe(new SubscriptionDetails(null, region, channel, url, secret, null, null, null, true));
    }

    private void answerWeCom(String key, String answer) {
        standIn.stubFor(post(urlPathEqualTo(WECOM_PATH))
                .withQueryParam("key", equalTo(key))
                .willReturn(okJson(answer)));
    }

    private void answerDingTalk(String token, String answer) {
        standIn.stubFor(post(urlPathEqualTo(DINGTALK_PATH))
                .withQueryParam("access_token", equalTo(token))
                .willReturn(okJson(answer)));
    }

    /** DingTalk's documented computation, done here apart from the service's signer. */
    private static String dingTalkSign(String secret, String timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder()
                .encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    }
}
