package org.taizhang.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/**
 * A body sent chunked (no Content-Length) is held to the same 12 MB limit as a declared one: the limit counts the
 * bytes read, whatever the transfer encoding.
 */
@QuarkusTest
class RequestBodyLimitTest {

    private static final int TWENTY_MB = 20 << 20;

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldRefuseAChunkedBatchAboveTheLimitAsProblem() throws Exception {
        HttpResponse<String> answer = chunked("api/progress/batch", "application/json", oversizedBatch());

        assertTooLarge(answer);
    }

    @Test
    void shouldRefuseAChunkedSingleReportAboveTheLimitAsProblem() throws Exception {
        HttpResponse<String> answer =
                chunked("api/assignments/" + UUID.randomUUID() + "/progress", "application/json", oversizedReport());

        assertTooLarge(answer);
    }

    @Test
    void shouldRefuseAChunkedUnitImportAboveTheLimitAsProblem() throws Exception {
        HttpResponse<String> answer = chunked("api/units/import", "text/csv", repeated("", "\n", ""));

        assertTooLarge(answer);
    }

    private static void assertTooLarge(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("12 MB");
    }

    private HttpResponse<String> chunked(String path, String contentType, InputStream body) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + TestTokens.office())
                .header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60))
                // No length known: the client sends Transfer-Encoding: chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static InputStream oversizedBatch() {
        return repeated("{\"reports\":[", " ", "]}");
    }

    private static InputStream oversizedReport() {
        return repeated("{\"status\":\"IN_PROGRESS\"", " ", "}");
    }

    /** {@code head}, then {@code filler} (whitespace, cheap to parse) repeated to 20 MB, then {@code tail}. */
    private static InputStream repeated(String head, String filler, String tail) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] middle = filler.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                long total = start.length + (long) TWENTY_MB + end.length;
                if (position >= total) {
                    return -1;
                }
                long at = position++;
                if (at < start.length) {
                    return start[(int) at];
                }
                if (at < start.length + (long) TWENTY_MB) {
                    return middle[(int) ((at - start.length) % middle.length)];
                }
                return end[(int) (at - start.length - TWENTY_MB)];
            }
        };
    }
}
