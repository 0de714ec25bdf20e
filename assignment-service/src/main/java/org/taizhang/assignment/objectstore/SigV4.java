package org.taizhang.assignment.objectstore;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3-style requests: the canonical request (path segments and query encoded once, as S3
 * wants them), the string to sign and the signature over the headers given. Pure: the caller sends exactly the path,
 * query and headers it signed.
 */
public final class SigV4 {

    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** The SHA-256 of nothing: the payload hash of a GET or DELETE. */
    public static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SigV4() {}

    /** Who signs, for which region and service (s3 for every S3-compatible store). */
    public record Scope(String accessKey, String secretKey, String region, String service) {

        @Override
        public String toString() {
            // never the secret key
            return "Scope[" + accessKey + ", " + region + ", " + service + "]";
        }
    }

    /**
     * A request as signed: {@code path} not yet encoded ({@code /bucket/key}), {@code query} decoded names to values
     * (empty for {@code ?lifecycle}), {@code headers} with any case (they must include {@code host} and
     * {@code x-amz-date}), {@code payloadHash} the hex SHA-256 of the body.
     */
    public record Request(
            String method, String path, Map<String, String> query, Map<String, String> headers, String payloadHash) {}

    /** The value of the {@code Authorization} header. */
    public static String authorization(Request request, Scope scope, Instant at) {
        String date = AMZ_DATE.format(at);
        String credentialScope = date.substring(0, 8) + "/" + scope.region() + "/" + scope.service() + "/aws4_request";
        Map<String, String> headers = canonicalHeaders(request.headers());
        String signedHeaders = String.join(";", headers.keySet());
        String stringToSign = ALGORITHM + "\n" + date + "\n" + credentialScope + "\n"
                + hex(sha256(canonicalRequest(request, headers, signedHeaders)));
        byte[] key = signingKey(scope, date.substring(0, 8));
        return ALGORITHM + " Credential=" + scope.accessKey() + "/" + credentialScope + ", SignedHeaders="
                + signedHeaders + ", Signature=" + hex(hmac(key, stringToSign));
    }

    /** The {@code x-amz-date} value for an instant. */
    public static String amzDate(Instant at) {
        return AMZ_DATE.format(at);
    }

    /** The path as sent and signed: every segment encoded, the slashes kept. */
    public static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            out.append(encode(segment)).append('/');
        }
        return out.substring(0, out.length() - 1);
    }

    /** RFC 3986 encoding as SigV4 defines it: everything but A–Z, a–z, 0–9, '-', '.', '_', '~' as %XY (upper hex). */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (unreserved(c)) {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    private static boolean unreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
    }

    public static String sha256Hex(byte[] content) {
        return hex(sha256(content));
    }

    static String canonicalRequest(Request request, Map<String, String> headers, String signedHeaders) {
        StringBuilder canonical = new StringBuilder()
                .append(request.method())
                .append('\n')
                .append(encodePath(request.path()))
                .append('\n')
                .append(canonicalQuery(request.query()))
                .append('\n');
        headers.forEach((name, value) ->
                canonical.append(name).append(':').append(value).append('\n'));
        return canonical
                .append('\n')
                .append(signedHeaders)
                .append('\n')
                .append(request.payloadHash())
                .toString();
    }

    static String canonicalQuery(Map<String, String> query) {
        Map<String, String> sorted = new TreeMap<>();
        query.forEach((name, value) -> sorted.put(encode(name), encode(value == null ? "" : value)));
        StringJoiner joined = new StringJoiner("&");
        sorted.forEach((name, value) -> joined.add(name + "=" + value));
        return joined.toString();
    }

    /** Lower-case names in order; values trimmed, inner runs of spaces made one. */
    private static Map<String, String> canonicalHeaders(Map<String, String> headers) {
        Map<String, String> canonical = new TreeMap<>();
        headers.forEach((name, value) ->
                canonical.put(name.toLowerCase(Locale.ROOT), value.strip().replaceAll(" +", " ")));
        return canonical;
    }

    private static byte[] signingKey(Scope scope, String day) {
        byte[] key = hmac(("AWS4" + scope.secretKey()).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, scope.region());
        key = hmac(key, scope.service());
        return hmac(key, "aws4_request");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
