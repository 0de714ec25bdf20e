package org.taizhang.reminder.service;

import io.vertx.core.Future;
import io.vertx.core.Promise;
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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.taizhang.platform.tracing.TraceContext;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.delivery.WebhookTargetRule.Verdict;

/**
 * One outbound POST of any HTTP channel (webhook, robots, SMS provider) under the webhook channel's rules: the URL is
 * judged at this very send (taizhang.reminders.webhook-allow), the request connects to the address judged, follows no
 * redirect and ends within the webhook timeout, which the delivery lease counts on.
 */
@ApplicationScoped
public class GuardedPost {

    /** Robots and providers answer a few hundred bytes; more is read and dropped. */
    static final int MAX_ANSWER = 16 * 1024;

    private final WebhookTargets targets;
    private final Duration timeout;
    private final HttpClient client;

    public GuardedPost(ReminderConfig config, WebhookTargets targets, Vertx vertx) {
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

    /**
     * The answer to a POST of {@code body} to {@code target}, or why there was none. {@code shownAs} names the target
     * in errors, which the delivery log shows (a robot's key must not be in it). With {@code readBody} false only the
     * status is waited for; the body, read or not, is null then.
     */
    public Exchange post(String target, String shownAs, Map<String, String> headers, byte[] body, boolean readBody) {
        URI url;
        try {
            url = new URI(target);
        } catch (URISyntaxException e) {
            return Exchange.failed(Outcome.hopeless("Cannot send to " + shownAs + ": not a URL"));
        }
        Verdict verdict = targets.judge(url);
        return switch (verdict.kind()) {
            // A target refused now stays refused until someone edits the subscription: not worth retrying.
            case REFUSED -> Exchange.failed(Outcome.hopeless("Not sent to " + shownAs + ": " + verdict.reason()));
            case UNRESOLVED -> Exchange.failed(Outcome.failed("Not sent to " + shownAs + ": " + verdict.reason()));
            case ALLOWED -> send(url, verdict.address(), headers, body, readBody);
        };
    }

    private Exchange send(URI url, InetAddress address, Map<String, String> headers, byte[] body, boolean readBody) {
        RequestOptions request = request(url, address);
        if (headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            request.putHeader("Content-Type", "application/json");
        }
        headers.forEach(request::putHeader);
        // The receiver may join the reminder's trace (W3C Trace Context).
        String traceParent = TraceContext.currentTraceParent();
        if (traceParent != null) {
            request.putHeader(TraceContext.TRACEPARENT, traceParent);
        }
        Attempt attempt = new Attempt(System.nanoTime() + timeout.toNanos() - timeout.toNanos() / 4);
        try {
            return client.request(request)
                    .compose(opened -> attempt.send(opened, body))
                    .compose(response -> readBody ? answer(response) : Future.succeededFuture(statusOnly(response)))
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof Attempt.TooLate) {
                // To whoever reads the delivery log this is a receiver that did not answer in time, which it is.
                return Exchange.failed(Outcome.failed("No answer within " + timeout));
            }
            return Exchange.failed(Outcome.failed(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        } catch (TimeoutException e) {
            attempt.abandon();
            return Exchange.failed(Outcome.failed("No answer within " + timeout));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Exchange.failed(Outcome.failed("Interrupted while sending"));
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
                .setIdleTimeout(timeout.multipliedBy(2).toMillis());
    }

    private static Exchange statusOnly(HttpClientResponse response) {
        int status = response.statusCode();
        // Only the status matters; a receiver's body, however long, is read and dropped, never held.
        try {
            response.handler(ignored -> {});
        } catch (IllegalStateException ended) {
            // On a busy machine a short answer can be all in before this runs, and Vert.x refuses a handler for an
            // ended response (IllegalStateException without a message). That answer was received: taking it as a
            // failure sent the delivery again to a receiver that had already accepted it.
        }
        return Exchange.answered(status, null);
    }

    /** The status and up to MAX_ANSWER bytes of the body; the body null when it was all in before it could be read. */
    private static Future<Exchange> answer(HttpClientResponse response) {
        int status = response.statusCode();
        Promise<Exchange> done = Promise.promise();
        Buffer kept = Buffer.buffer();
        try {
            response.handler(chunk -> {
                int room = MAX_ANSWER - kept.length();
                if (room > 0) {
                    kept.appendBuffer(chunk, 0, Math.min(room, chunk.length()));
                }
            });
            response.exceptionHandler(done::tryFail);
            response.endHandler(ended -> done.tryComplete(Exchange.answered(status, kept.getBytes())));
        } catch (IllegalStateException ended) {
            // As in statusOnly: the answer came and went; the status at least is known.
            done.tryComplete(Exchange.answered(status, null));
        }
        return done.future();
    }

    /** An answer's status and body, or the outcome of a send that got none. */
    public record Exchange(Outcome failure, int status, byte[] body) {

        static Exchange failed(Outcome failure) {
            return new Exchange(failure, 0, null);
        }

        static Exchange answered(int status, byte[] body) {
            return new Exchange(null, status, body);
        }
    }

    /**
     * One POST that, once the worker stops waiting for it, is reset and never goes out later (a request still waiting
     * for a connection would): the delivery lease counts on a send being over when its timeout is. Nor does it go out
     * when it gets its connection with less than a quarter of the timeout left: its answer could not come back in
     * time, the worker would count it failed and send it again, and the receiver would have it twice.
     */
    private static final class Attempt {

        private final long lastStartNanos;
        private final AtomicBoolean abandoned = new AtomicBoolean();
        private final AtomicReference<HttpClientRequest> opened = new AtomicReference<>();

        Attempt(long lastStartNanos) {
            this.lastStartNanos = lastStartNanos;
        }

        Future<HttpClientResponse> send(HttpClientRequest request, byte[] body) {
            opened.set(request);
            if (abandoned.get() || System.nanoTime() - lastStartNanos > 0) {
                request.reset();
                return Future.failedFuture(new TooLate());
            }
            return request.send(Buffer.buffer(body));
        }

        /** Why a request was not sent: its connection came too late for an answer to return in time. */
        static final class TooLate extends RuntimeException {

            TooLate() {
                super("not sent: the connection came too late for an answer within the timeout", null, false, false);
            }
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
