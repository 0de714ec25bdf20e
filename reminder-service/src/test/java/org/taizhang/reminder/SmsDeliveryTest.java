package org.taizhang.reminder;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.taizhang.reminder.ReminderFixture.beijing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.reminder.delivery.Tc3Signature;
import org.taizhang.reminder.delivery.TextCut;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.Delivery;
import org.taizhang.reminder.entity.DeliveryStatus;
import org.taizhang.reminder.service.DeliveryWorker;
import org.taizhang.reminder.service.ReminderTick;
import org.taizhang.reminder.service.SubscriptionDetails;

/** SMS deliveries through a WireMock stand-in of Tencent Cloud SendSms: the signed request, and its failures. */
@QuarkusTest
class SmsDeliveryTest {

    private static final LocalDate MARCH_END = LocalDate.of(2026, 3, 31);
    private static final Instant TICK = beijing(2026, 3, 24, 9, 30);
    private static final String SENT = "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"5000:104\","
            + "\"PhoneNumber\":\"+86%s\",\"Fee\":1,\"SessionContext\":\"\",\"Code\":\"Ok\",\"Message\":\"send success\","
            + "\"IsoCode\":\"CN\"}],\"RequestId\":\"a0aabda6-cf91-4f3e-a81f-9198114a2279\"}}";

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

    @ConfigProperty(name = "taizhang.reminders.sms.secret-id")
    String secretId;

    @ConfigProperty(name = "taizhang.reminders.sms.secret-key")
    String secretKey;

    @Test
    void shouldTextTheTemplateThroughOneSignedSendSmsRequest() throws Exception {
        String phone = phone();
        answer(phone, String.format(SENT, phone));
        UUID subscription = subscribe("339811", phone);
        String unit = ReminderFixture.unique("u-3398");
        fixture.track(NewAssignment.fixed("339811", unit, MARCH_END, beijing(2026, 1, 10, 9, 0)));
        tick.tick(TICK);

        worker.deliverDue(TICK);
        worker.deliverDue(TICK.plusSeconds(60));

        Delivery delivery = fixture.deliveriesTo(subscription).get(0);
        assertThat(standIn.findAll(sentTo(phone))).singleElement().satisfies(request -> {
            String payload = request.getBodyAsString();
            String timestamp = request.getHeader("X-TC-Timestamp");
            assertThat(request.getHeader("X-TC-Action")).isEqualTo("SendSms");
            assertThat(request.getHeader("X-TC-Version")).isEqualTo("2021-01-11");
            assertThat(request.getHeader("X-TC-Region")).isEqualTo("ap-guangzhou");
            assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), within(60L));
            assertThat(request.getHeader("Authorization"))
                    .startsWith("TC3-HMAC-SHA256 Credential=" + secretId + "/")
                    .isEqualTo(new Tc3Signature(secretId, secretKey, "sms")
                            .authorization("127.0.0.1:" + standIn.port(), payload, Long.parseLong(timestamp)));
            JsonNode body = mapper.readTree(payload);
            assertThat(body.get("PhoneNumberSet").get(0).asText()).isEqualTo("+86" + phone);
            assertThat(body.get("SmsSdkAppId").asText()).isEqualTo("1400000001");
            assertThat(body.get("SignName").asText()).isEqualTo("台账测试");
            assertThat(body.get("TemplateId").asText()).isEqualTo("2000001");
            assertThat(body.get("SessionContext").asText()).isEqualTo(delivery.id.toString());
            assertThat(mapper.convertValue(body.get("TemplateParamSet"), List.class))
                    .containsExactly("做好政策解读发布工作", TextCut.toChars(unit + "名称", 12), "剩5个工作日", "https://t.gov.cn/tz");
        });
        assertThat(delivery.status).as(delivery.lastError).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.target).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    }

    @Test
    void shouldRetryTheRequestLimitThenGiveUpOnAFailedSignature() {
        String phone = phone();
        answer(phone, error("RequestLimitExceeded", "Your current request times equals to `21` in a second"));
        UUID subscription = subscribe("339812", phone);
        fixture.track(
                NewAssignment.fixed("339812", ReminderFixture.unique("u-3398"), MARCH_END, beijing(2026, 1, 10, 9, 0)));
        tick.tick(TICK);

        worker.deliverDue(TICK);
        Delivery limited = fixture.deliveriesTo(subscription).get(0);
        assertThat(limited.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(limited.lastError).startsWith("Tencent Cloud SMS RequestLimitExceeded");

        answer(phone, error("AuthFailure.SignatureFailure", "The provided credentials could not be validated."));
        worker.deliverDue(TICK.plusSeconds(10));

        Delivery dead = fixture.deliveriesTo(subscription).get(0);
        assertThat(dead.status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(dead.attempts).isEqualTo(2);
        assertThat(dead.lastError).startsWith("Tencent Cloud SMS AuthFailure.SignatureFailure");
        assertThat(standIn.findAll(sentTo(phone))).hasSize(2);
    }

    private UUID subscribe(String region, String phone) {
        return fixture.subscribe(
                new SubscriptionDetails(null, region, Channel.SMS, null, null, null, null, List.of(phone), true));
    }

    private void answer(String phone, String json) {
        standIn.stubFor(request(phone).willReturn(okJson(json)));
    }

    private static MappingBuilder request(String phone) {
        return post(urlEqualTo("/"))
                .withHeader("X-TC-Action", equalTo("SendSms"))
                .withRequestBody(matchingJsonPath("$.PhoneNumberSet[0]", equalTo("+86" + phone)));
    }

    private static RequestPatternBuilder sentTo(String phone) {
        return postRequestedFor(urlEqualTo("/"))
                .withRequestBody(matchingJsonPath("$.PhoneNumberSet[0]", equalTo("+86" + phone)));
    }

    private static String error(String code, String message) {
        return "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"" + message + "\"},"
                + "\"RequestId\":\"" + UUID.randomUUID() + "\"}}";
    }

    /** A mobile number of this test alone, so that stubs and requests of other tests do not mix. */
    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
