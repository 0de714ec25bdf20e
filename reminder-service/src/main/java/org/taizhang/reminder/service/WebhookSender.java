package org.taizhang.reminder.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.taizhang.reminder.delivery.WebhookSignature;
import org.taizhang.reminder.service.GuardedPost.Exchange;

/**
 * POSTs a reminder as JSON, signed with the subscription's secret, to a target the webhook rule allows at this very
 * send, connecting to the address it judged ({@link GuardedPost}); any 2xx answer counts as delivered, a redirect is
 * not followed.
 */
@ApplicationScoped
public class WebhookSender {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final GuardedPost http;

    public WebhookSender(ObjectMapper mapper, Clock clock, GuardedPost http) {
        this.mapper = mapper;
        this.clock = clock;
        this.http = http;
    }

    public Outcome send(Outgoing outgoing) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(outgoing.message());
        } catch (JsonProcessingException e) {
            return Outcome.hopeless("Cannot send to " + outgoing.target() + ": " + e.getMessage());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        // The timestamp is the real time of sending, which receivers compare with their own clock.
        new WebhookSignature(outgoing.secret())
                .headers(outgoing.deliveryId().toString(), clock.instant(), body)
                .forEach(headers::put);
        Exchange answer = http.post(outgoing.target(), outgoing.target(), headers, body, false);
        if (answer.failure() != null) {
            return answer.failure();
        }
        return answer.status() / 100 == 2 ? Outcome.ok() : Outcome.failed("HTTP " + answer.status());
    }
}
