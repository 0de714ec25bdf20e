package org.taizhang.systest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A webhook receiver the test runs itself (JDK HttpServer): records every delivery and checks its signature. */
public final class WebhookReceiver implements AutoCloseable {

    /**
     * One delivery attempt as received: headers of interest (the W3C traceparent of the reminder's trace among them),
     * body, valid signature, answered 2xx (not 503).
     */
    public record Delivery(
            String timestamp,
            String signature,
            String deliveryId,
            String traceParent,
            String body,
            boolean signatureValid,
            boolean answered) {}

    /**
     * The one internal address the local stack lets webhooks reach (WEBHOOK_ALLOWED_HOSTS in deploy/local), so that
     * 127.0.0.1, where the stack itself listens, stays refused.
     */
    public static final String HOST = "127.0.0.2";

    private final HttpServer server;
    private final String secret;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    public WebhookReceiver(String secret) throws IOException {
        this.secret = secret;
        this.server = HttpServer.create(new InetSocketAddress(HOST, 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            String timestamp = headers.getFirst("X-Taizhang-Timestamp");
            String signature = headers.getFirst("X-Taizhang-Signature");
            deliveries.add(new Delivery(
                    timestamp,
                    signature,
                    headers.getFirst("X-Taizhang-Delivery"),
                    headers.getFirst("traceparent"),
                    new String(body, StandardCharsets.UTF_8),
                    valid(timestamp, body, signature),
                    !down));
            exchange.sendResponseHeaders(down ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
    }

    /** The URL to register as a subscription's webhook. */
    public String url() {
        return "http://" + HOST + ":" + server.getAddress().getPort() + "/hook";
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** While down, every delivery is recorded and answered 503. */
    public void down(boolean down) {
        this.down = down;
    }

    /** Waits up to {@code timeout} for a delivery answered 2xx whose body matches. */
    public Optional<Delivery> awaitAnswered(Predicate<Delivery> match, Duration timeout) throws InterruptedException {
        return await(match.and(Delivery::answered), timeout);
    }

    /** Waits up to {@code timeout} for a delivery whose body matches. */
    public Optional<Delivery> await(Predicate<Delivery> match, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Delivery> found = deliveries.stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    private boolean valid(String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return expected.equals(signature.trim());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
