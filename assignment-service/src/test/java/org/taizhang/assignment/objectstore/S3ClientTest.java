package org.taizhang.assignment.objectstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The S3 client against a real S3-compatible server (S3Proxy), which checks every signature. */
class S3ClientTest {

    private static S3ProxyServer server;

    @BeforeAll
    static void start() {
        server = S3ProxyServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shouldPutGetAndDeleteAnObject() throws Exception {
        S3Client client = client(S3ProxyServer.SECRET_KEY);
        String key = "evidence/" + UUID.randomUUID();
        byte[] content = "%PDF-1.7 扫描件".getBytes(StandardCharsets.UTF_8);

        client.put(key, content, "application/octet-stream");

        assertThat(client.get(key)).hasValue(content);
        assertThat(Files.readAllBytes(server.objectFile(key))).isEqualTo(content);
        client.delete(key);
        assertThat(client.get(key)).isEmpty();
        assertThat(server.objectFile(key)).doesNotExist();
    }

    @Test
    void shouldAnswerEmptyForAKeyThatIsNotThereAndDeleteItQuietly() {
        S3Client client = client(S3ProxyServer.SECRET_KEY);
        String key = "evidence/" + UUID.randomUUID();

        assertThat(client.get(key)).isEmpty();
        client.delete(key);
    }

    @Test
    void shouldFailWithTheStoresCodeWhenTheSignatureIsWrong() {
        S3Client client = client("not-the-secret");

        assertThatThrownBy(() -> client.put("evidence/x", new byte[] {1}, "application/octet-stream"))
                .isInstanceOfSatisfying(ObjectStoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.transientFailure()).isFalse();
                    assertThat(e.getMessage()).contains("SignatureDoesNotMatch");
                });
    }

    @Test
    void shouldCallAnUnreachableStoreTransient() {
        S3Client client = new S3Client(
                new S3Location(URI.create("http://127.0.0.1:9"), S3ProxyServer.BUCKET, true),
                new SigV4.Scope(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY, "us-east-1", "s3"),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Clock.systemUTC());

        assertThatThrownBy(() -> client.get("evidence/x"))
                .isInstanceOfSatisfying(
                        ObjectStoreException.class,
                        e -> assertThat(e.transientFailure()).isTrue());
    }

    private static S3Client client(String secret) {
        return new S3Client(
                new S3Location(server.endpoint(), S3ProxyServer.BUCKET, true),
                new SigV4.Scope(S3ProxyServer.ACCESS_KEY, secret, "us-east-1", "s3"),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                Clock.systemUTC());
    }
}
