package org.taizhang.reminder.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.delivery.WebhookSignature;
import org.taizhang.reminder.delivery.WebhookTargetRule.Verdict;

/**
 * POSTs a reminder as JSON, signed with the subscription's secret, to a target the webhook rule allows at this very
 * send, connecting to the address it judged; any 2xx answer counts as delivered, a redirect is not followed.
 */
@ApplicationScoped
public class WebhookSender {

    private final ObjectMapper mapper;
    private final Clock clock;
    private final WebhookTargets targets;
    private final Duration timeout;
    private final HttpClient client;

    public WebhookSender(ObjectMapper mapper, Clock clock, ReminderConfig config, WebhookTargets targets, Vertx vertx) {
        this.mapper = mapper;
        this.clock = clock;
        this.targets = targets;
        this.timeout = config.webhookTimeout();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setVerifyHost(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    public Outcome send(Outgoing outgoing) {
        URI url;
        try {
            url = new URI(outgoing.target());
        } catch (URISyntaxException e) {
            return Outcome.hopeless("Cannot send to " + outgoing.target() + ": " + e.getMessage());
        }
        Verdict verdict = targets.judge(url);
        return switch (verdict.kind()) {
            // A target refused now stays refused until someone edits the subscription: not worth retrying.
            case REFUSED -> Outcome.hopeless("Not sent to " + outgoing.target() + ": " + verdict.reason());
            case UNRESOLVED -> Outcome.failed("Not sent to " + outgoing.target() + ": " + verdict.reason());
            case ALLOWED -> post(url, verdict.address(), outgoing);
        };
    }

    private Outcome post(URI url, InetAddress address, Outgoing outgoing) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(outgoing.message());
        } catch (JsonProcessingException e) {
            return Outcome.hopeless("Cannot send to " + outgoing.target() + ": " + e.getMessage());
        }
        RequestOptions request = request(url, address);
        // The timestamp is the real time of sending, which receivers compare with their own clock.
        new WebhookSignature(outgoing.secret())
                .headers(outgoing.deliveryId().toString(), clock.instant(), body)
                .forEach(request::putHeader);
        Attempt attempt = new Attempt();
        try {
            int status = client.request(request)
                    .compose(opened -> attempt.send(opened, body))
                    .map(WebhookSender::statusDiscardingBody)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return status / 100 == 2 ? Outcome.ok() : Outcome.failed("HTTP " + status);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Outcome.failed(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            attempt.abandon();
            return Outcome.failed("No answer within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("Interrupted while sending");
        }
    }

    /**
     * Connects to the address judged rather than to whatever the name resolves to a moment later (DNS rebinding); the
     * name still goes in the Host header and is what a TLS certificate is checked against.
     */
    private RequestOptions request(URI url, InetAddress address) {
        boolean https = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setHost(url.getHost())
                .setPort(port)
                .setSsl(https)
                .setURI(url.getRawQuery() == null ? path : path + "?" + url.getRawQuery())
                .setFollowRedirects(false)
                // A backstop only, for a body that trickles on after the status: the wait for an answer is bounded
                // by the webhook timeout itself, after which the request is reset (Attempt).
                .setIdleTimeout(timeout.multipliedBy(2).toMillis())
                .putHeader("Content-Type", "application/json");
    }

    private static int statusDiscardingBody(HttpClientResponse response) {
        int status = response.statusCode();
        // Only the status matters; a receiver's body, however long, is read and dropped, never held.
        try {
            response.handler(ignored -> {});
        } catch (IllegalStateException ended) {
            // On a busy machine a short answer can be all in before this runs, and Vert.x refuses a handler for an
            // ended response (IllegalStateException without a message). That answer was received: taking it as a
            // failure sent the delivery again to a receiver that had already accepted it.
        }
        return status;
    }

    /**
     * One POST that, once the worker stops waiting for it, is reset and never goes out later (a request still waiting
     * for a connection would): the delivery lease counts on a send being over when its timeout is.
     */
    private static final class Attempt {

        private final AtomicBoolean abandoned = new AtomicBoolean();
        private final AtomicReference<HttpClientRequest> opened = new AtomicReference<>();

        Future<HttpClientResponse> send(HttpClientRequest request, byte[] body) {
            opened.set(request);
            if (abandoned.get()) {
                request.reset();
                return Future.failedFuture("abandoned after the webhook timeout");
            }
            return request.send(Buffer.buffer(body));
        }

        void abandon() {
            abandoned.set(true);
            HttpClientRequest request = opened.get();
            if (request != null) {
                request.reset();
            }
        }
    }
}
