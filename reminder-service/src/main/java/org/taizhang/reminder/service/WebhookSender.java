package org.taizhang.reminder.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.delivery.WebhookSignature;

/** POSTs a reminder as JSON, signed with the subscription's secret; any 2xx answer counts as delivered. */
@ApplicationScoped
public class WebhookSender {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final ReminderConfig config;
    private final HttpClient client;

    public WebhookSender(ObjectMapper mapper, Clock clock, ReminderConfig config) {
        this.mapper = mapper;
        this.clock = clock;
        this.config = config;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Outcome send(Outgoing outgoing) {
        try {
            byte[] body = mapper.writeValueAsBytes(outgoing.message());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(outgoing.target()))
                    .timeout(config.webhookTimeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            // The timestamp is the real time of sending, which receivers compare with their own clock.
            new WebhookSignature(outgoing.secret())
                    .headers(outgoing.deliveryId().toString(), clock.instant(), body)
                    .forEach(request::header);
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return status / 100 == 2 ? Outcome.ok() : Outcome.failed("HTTP " + status);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Outcome.hopeless("Cannot send to " + outgoing.target() + ": " + e.getMessage());
        } catch (IOException e) {
            return Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("Interrupted while sending");
        }
    }
}
