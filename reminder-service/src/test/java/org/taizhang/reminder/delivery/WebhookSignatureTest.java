package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_taizhang_test";
    private static final String TIMESTAMP = "1767225600"; // 2026-01-01T00:00:00Z
    private static final String BODY = "{\"reminderId\":\"r-1\",\"kind\":\"OVERDUE\"}";

    /** Computed outside Java: printf '%s' "$TIMESTAMP.$BODY" | openssl dgst -sha256 -hmac "$SECRET". */
    private static final String EXPECTED = "sha256=9c0a5636d0d74fd7bb13554fa78e5e7e22c4b22304946a0de12ebafcedc16c91";

    private final WebhookSignature signature = new WebhookSignature(SECRET);

    @Test
    void shouldMatchTheKnownAnswerForAFixedKeyTimestampAndBody() {
        assertThat(signature.sign(TIMESTAMP, BODY)).isEqualTo(EXPECTED);
        assertThat(signature.sign(TIMESTAMP, BODY.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(EXPECTED);
    }

    @Test
    void shouldVerifyItsOwnSignatureAndRejectAnyTampering() {
        assertThat(signature.verify(TIMESTAMP, BODY, EXPECTED)).isTrue();
        assertThat(signature.verify(TIMESTAMP, BODY, EXPECTED.toUpperCase().replace("SHA256=", "sha256=")))
                .as("hex case does not matter")
                .isTrue();
        assertThat(signature.verify("1767225601", BODY, EXPECTED))
                .as("other timestamp")
                .isFalse();
        assertThat(signature.verify(TIMESTAMP, BODY + " ", EXPECTED))
                .as("other body")
                .isFalse();
        assertThat(new WebhookSignature("other").verify(TIMESTAMP, BODY, EXPECTED))
                .as("other secret")
                .isFalse();
        assertThat(signature.verify(TIMESTAMP, BODY, EXPECTED.substring(7)))
                .as("without prefix")
                .isFalse();
        assertThat(signature.verify(TIMESTAMP, BODY, null)).isFalse();
    }

    @Test
    void shouldRejectATimestampOutsideTheTolerance() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        Instant sent = Instant.ofEpochSecond(1767225600L);
        Duration fiveMinutes = Duration.ofMinutes(5);

        assertThat(signature.verify(TIMESTAMP, body, EXPECTED, sent.plusSeconds(300), fiveMinutes))
                .isTrue();
        assertThat(signature.verify(TIMESTAMP, body, EXPECTED, sent.plusSeconds(301), fiveMinutes))
                .isFalse();
        assertThat(signature.verify("yesterday", body, EXPECTED, sent, fiveMinutes))
                .isFalse();
    }

    @Test
    void shouldProduceTheThreeDeliveryHeaders() {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(signature.headers("d-42", Instant.parse("2026-01-01T00:00:00.750Z"), body))
                .containsExactly(
                        entry("X-Taizhang-Delivery", "d-42"),
                        entry("X-Taizhang-Timestamp", TIMESTAMP),
                        entry("X-Taizhang-Signature", EXPECTED));
    }

    @Test
    void shouldRequireASecret() {
        assertThatThrownBy(() -> new WebhookSignature("")).isInstanceOf(IllegalArgumentException.class);
    }
}
