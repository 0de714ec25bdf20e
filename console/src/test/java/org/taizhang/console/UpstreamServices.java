package org.taizhang.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the four services on one loopback port, for the console's wiring tests: each test says what an
 * API path answers, and reads back what the console sent (method, path and query, Authorization, body). The real
 * services behind the real console are walked by the browser tests in system-tests.
 */
public class UpstreamServices implements QuarkusTestResourceLifecycleManager {

    /** A request the console made. */
    public record Call(
            String method, String path, String query, String authorization, String contentType, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What a path answers. */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {

        public static Answer json(String body) {
            return json(200, body);
        }

        public static Answer json(int status, String body) {
            String type = status >= 400 ? "application/problem+json" : "application/json";
            return new Answer(status, type, body.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    private static final List<Call> CALLS = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** Makes {@code METHOD /path} answer so until {@link #reset()}. */
    public static void answer(String method, String path, Answer answer) {
        ANSWERS.put(method + " " + path, answer);
    }

    public static List<Call> calls() {
        return List.copyOf(CALLS);
    }

    public static List<Call> calls(String method, String path) {
        return CALLS.stream()
                .filter(call -> call.method().equals(method) && call.path().equals(path))
                .toList();
    }

    public static void reset() {
        ANSWERS.clear();
        CALLS.clear();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "quarkus.rest-client.plan-api.url", url,
                "quarkus.rest-client.assignment-api.url", url,
                "quarkus.rest-client.reminder-api.url", url,
                "quarkus.rest-client.reporting-api.url", url);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        CALLS.add(new Call(
                method,
                path,
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                body));
        Answer answer = ANSWERS.getOrDefault(
                method + " " + path,
                Answer.json(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"no answer for " + path + "\"}"));
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        exchange.getResponseBody().write(answer.body());
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
