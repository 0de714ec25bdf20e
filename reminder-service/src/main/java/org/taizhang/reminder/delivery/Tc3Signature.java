package org.taizhang.reminder.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Tencent Cloud API 3.0 request signing (TC3-HMAC-SHA256) of a JSON POST to "/": the canonical request over the
 * content-type and host headers and the payload's SHA-256, a key derived from the secret key through the UTC date,
 * the service and "tc3_request", and the Authorization header carrying the secret id and the signature.
 */
public final class Tc3Signature {

    public static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final String ALGORITHM = "TC3-HMAC-SHA256";
    private static final String SIGNED_HEADERS = "content-type;host";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final String secretId;
    private final String secretKey;
    private final String service;

    public Tc3Signature(String secretId, String secretKey, String service) {
        this.secretId = secretId;
        this.secretKey = secretKey;
        this.service = service;
    }

    /** The Authorization header of a POST with this payload to {@code host} at {@code timestamp} (seconds). */
    public String authorization(String host, String payload, long timestamp) {
        String date = DATE.format(Instant.ofEpochSecond(timestamp));
        String scope = date + "/" + service + "/tc3_request";
        String toSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + sha256Hex(canonicalRequest(host, payload));
        byte[] secretDate = HmacSha256.of(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        byte[] secretService = HmacSha256.of(secretDate, service);
        byte[] secretSigning = HmacSha256.of(secretService, "tc3_request");
        String signature = HexFormat.of().formatHex(HmacSha256.of(secretSigning, toSign));
        return ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=" + SIGNED_HEADERS
                + ", Signature=" + signature;
    }

    /** POST, path "/", no query, the two signed headers in lower case, then the payload's hash. */
    static String canonicalRequest(String host, String payload) {
        String headers = "content-type:" + CONTENT_TYPE + "\nhost:" + host + "\n";
        return "POST\n/\n\n" + headers + "\n" + SIGNED_HEADERS + "\n" + sha256Hex(payload);
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
