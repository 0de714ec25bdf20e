package org.taizhang.reminder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.taizhang.reminder.delivery.WebhookSignature;

/**
 * A subscriber's webhook for tests: records every request to its own random path and answers with a chosen status.
 * Requests to other paths (a stopped receiver's port reused) are answered 404 and not recorded.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final String path = "/hook/" + UUID.randomUUID();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile long delayMillis;

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static WebhookReceiver start() {
        return new WebhookReceiver();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answerWith(int newStatus) {
        status = newStatus;
    }

    /** Answers each request only after {@code delay}: a slow subscriber. */
    void answerAfter(Duration delay) {
        delayMillis = delay.toMillis();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        int answer = 404;
        if (exchange.getRequestURI().getPath().equals(path)) {
            var headers = exchange.getRequestHeaders();
            received.add(new Received(
                    headers.getFirst(WebhookSignature.DELIVERY_ID_HEADER),
                    headers.getFirst(WebhookSignature.TIMESTAMP_HEADER),
                    headers.getFirst(WebhookSignature.SIGNATURE_HEADER),
                    headers.getFirst("Content-Type"),
                    headers.getFirst("traceparent"),
                    new String(body, StandardCharsets.UTF_8)));
            answer = status;
            pause();
        }
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    private void pause() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** One request as the receiver saw it, with the W3C traceparent of the trace it was sent in. */
    record Received(
            String deliveryId,
            String timestamp,
            String signature,
            String contentType,
            String traceParent,
            String body) {}
}
