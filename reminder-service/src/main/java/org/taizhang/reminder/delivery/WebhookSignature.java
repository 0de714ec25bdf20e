package org.taizhang.reminder.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook deliveries with a subscription's secret: {@code X-Taizhang-Signature: sha256=<hex HMAC-SHA256 of
 * timestamp + "." + body>}, where the timestamp is the {@code X-Taizhang-Timestamp} header (Unix seconds). Signing the
 * timestamp with the body lets a receiver reject replays of an old delivery.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "X-Taizhang-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Taizhang-Signature";
    public static final String DELIVERY_ID_HEADER = "X-Taizhang-Delivery";
    public static final String PREFIX = "sha256=";

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public WebhookSignature(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret is required");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The header value for {@code body} sent at {@code timestamp}: {@code sha256=<64 lowercase hex digits>}. */
    public String sign(String timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(timestamp, body));
    }

    public String sign(String timestamp, String body) {
        return sign(timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code signature} is this secret's for the body and timestamp, compared in constant time. */
    public boolean verify(String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null) {
            return false;
        }
        byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    public boolean verify(String timestamp, String body, String signature) {
        return verify(timestamp, body.getBytes(StandardCharsets.UTF_8), signature);
    }

    /** As {@link #verify(String, byte[], String)}, also refusing a timestamp more than {@code tolerance} from now. */
    public boolean verify(String timestamp, byte[] body, String signature, Instant now, Duration tolerance) {
        Long seconds = parseSeconds(timestamp);
        if (seconds == null || Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        return verify(timestamp, body, signature);
    }

    /** The three headers of a delivery, in the order they are sent. */
    public Map<String, String> headers(String deliveryId, Instant sentAt, byte[] body) {
        String timestamp = timestamp(sentAt);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(DELIVERY_ID_HEADER, deliveryId);
        headers.put(TIMESTAMP_HEADER, timestamp);
        headers.put(SIGNATURE_HEADER, sign(timestamp, body));
        return headers;
    }

    public static String timestamp(Instant instant) {
        return Long.toString(instant.getEpochSecond());
    }

    private byte[] mac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java runtime ships HmacSHA256 and accepts any non-empty key for it.
            throw new IllegalStateException(e);
        }
    }

    private static Long parseSeconds(String timestamp) {
        try {
            return timestamp == null ? null : Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
