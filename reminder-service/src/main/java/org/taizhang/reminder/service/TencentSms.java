package org.taizhang.reminder.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.reminder.config.SmsConfig;
import org.taizhang.reminder.delivery.Tc3Signature;
import org.taizhang.reminder.delivery.TencentSmsAnswer;
import org.taizhang.reminder.service.GuardedPost.Exchange;

/**
 * Tencent Cloud SMS, API 3.0 action SendSms (version 2021-01-11): a JSON POST to the endpoint signed with
 * TC3-HMAC-SHA256 ({@link Tc3Signature}), the action, version, region and timestamp in X-TC-* headers.
 */
final class TencentSms implements SmsProvider {

    static final String VERSION = "2021-01-11";

    private final ObjectMapper mapper;
    private final Clock clock;
    private final GuardedPost http;
    private final SmsConfig config;
    private final Tc3Signature signature;
    private final String host;

    TencentSms(ObjectMapper mapper, Clock clock, GuardedPost http, SmsConfig config) {
        this.mapper = mapper;
        this.clock = clock;
        this.http = http;
        this.config = config;
        this.signature = new Tc3Signature(
                required(config.secretId().orElse(null), "secret-id"),
                required(config.secretKey().orElse(null), "secret-key"),
                "sms");
        required(config.appId().orElse(null), "app-id");
        required(config.signName().orElse(null), "sign-name");
        required(config.templateId().orElse(null), "template-id");
        this.host = URI.create(config.endpoint()).getRawAuthority();
    }

    @Override
    public Outcome send(List<String> phones, List<String> params, String reference) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("PhoneNumberSet", phones);
        request.put("SmsSdkAppId", config.appId().orElseThrow());
        request.put("SignName", config.signName().orElseThrow());
        request.put("TemplateId", config.templateId().orElseThrow());
        request.put("TemplateParamSet", params);
        request.put("SessionContext", reference);
        String payload;
        try {
            payload = mapper.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            return Outcome.hopeless("Cannot build the SendSms request: " + e.getMessage());
        }
        // Tencent Cloud refuses a request signed more than five minutes off its clock: the real time of sending.
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", Tc3Signature.CONTENT_TYPE);
        headers.put("Authorization", signature.authorization(host, payload, timestamp));
        headers.put("X-TC-Action", "SendSms");
        headers.put("X-TC-Version", VERSION);
        headers.put("X-TC-Region", config.region());
        headers.put("X-TC-Timestamp", Long.toString(timestamp));
        Exchange answer = http.post(
                config.endpoint(), config.endpoint(), headers, payload.getBytes(StandardCharsets.UTF_8), true);
        if (answer.failure() != null) {
            return answer.failure();
        }
        return Outcome.of(TencentSmsAnswer.read(answer.status(), answer.body()));
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("taizhang.reminders.sms." + name
                    + " is required for the tencent SMS provider (see the SMS_* variables)");
        }
        return value;
    }
}
