package org.taizhang.assignment.objectstore;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three S3 calls evidence files need (PUT, GET and DELETE of one object), signed with SigV4 and sent with the
 * JDK's HTTP client. Every payload is signed (its SHA-256 in {@code x-amz-content-sha256}), so a body altered on the
 * way is refused by the store.
 */
public class S3Client {

    private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]{1,100})</Code>");

    private final S3Location location;
    private final SigV4.Scope scope;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    public S3Client(S3Location location, SigV4.Scope scope, Duration connectTimeout, Duration timeout, Clock clock) {
        this.location = location;
        this.scope = scope;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.clock = clock;
    }

    public void put(String key, byte[] content, String contentType) {
        HttpRequest.Builder request = signed("PUT", key, SigV4.sha256Hex(content), Map.of("content-type", contentType))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
        send(request, "PUT", key);
    }

    /** The object's bytes, or empty when the bucket has no such key. */
    public Optional<byte[]> get(String key) {
        HttpRequest.Builder request =
                signed("GET", key, SigV4.EMPTY_SHA256, Map.of()).GET();
        HttpResponse<byte[]> response = exchange(request, "GET", key);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        check(response.statusCode(), response.body(), "GET", key);
        return Optional.of(response.body());
    }

    /** Removes the object; removing one that is not there succeeds, as S3 has it. */
    public void delete(String key) {
        send(signed("DELETE", key, SigV4.EMPTY_SHA256, Map.of()).DELETE(), "DELETE", key);
    }

    private HttpRequest.Builder signed(String method, String key, String payloadHash, Map<String, String> extra) {
        Instant now = clock.instant();
        Map<String, String> headers = new TreeMap<>(extra);
        headers.put("host", location.hostHeader());
        headers.put("x-amz-content-sha256", payloadHash);
        headers.put("x-amz-date", SigV4.amzDate(now));
        String authorization = SigV4.authorization(
                new SigV4.Request(method, location.path(key), Map.of(), headers, payloadHash), scope, now);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(location.object(key)).timeout(timeout).header("Authorization", authorization);
        // the JDK sets Host itself, from the same URI the signature names
        headers.forEach((name, value) -> {
            if (!name.equals("host")) {
                request.header(name, value);
            }
        });
        return request;
    }

    private void send(HttpRequest.Builder request, String method, String key) {
        HttpResponse<byte[]> response = exchange(request, method, key);
        check(response.statusCode(), response.body(), method, key);
    }

    /** One call; the body is read whole, as an evidence file or an error document is small. */
    private HttpResponse<byte[]> exchange(HttpRequest.Builder request, String method, String key) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ObjectStoreException(method + " " + key + " did not reach the object store: " + e, 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ObjectStoreException(method + " " + key + " was interrupted", 0, e);
        }
    }

    private static void check(int status, byte[] body, String method, String key) {
        if (status / 100 == 2) {
            return;
        }
        Matcher matcher = ERROR_CODE.matcher(new String(body, StandardCharsets.UTF_8));
        String code = matcher.find() ? " " + matcher.group(1) : "";
        throw new ObjectStoreException(method + " " + key + " answered " + status + code, status, null);
    }
}
