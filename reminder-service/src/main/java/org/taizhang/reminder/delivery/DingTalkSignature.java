package org.taizhang.reminder.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * DingTalk's robot signature (加签): HmacSHA256 keyed with the robot's secret over {@code timestamp + "\n" + secret},
 * Base64, URL-encoded, sent as {@code &timestamp=…&sign=…}. DingTalk refuses a timestamp more than an hour off.
 */
public final class DingTalkSignature {

    private DingTalkSignature() {}

    /** The {@code sign} parameter's value, URL-encoded, for a timestamp in milliseconds. */
    public static String sign(String secret, long timestampMillis) {
        byte[] digest = HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8), timestampMillis + "\n" + secret);
        return URLEncoder.encode(Base64.getEncoder().encodeToString(digest), StandardCharsets.UTF_8);
    }

    /** The robot URL with the signature parameters appended; unchanged when there is no secret. */
    public static String signedUrl(String url, String secret, long timestampMillis) {
        if (secret == null || secret.isEmpty()) {
            return url;
        }
        String separator = url.contains("?") ? "&" : "?";
        return url + separator + "timestamp=" + timestampMillis + "&sign=" + sign(secret, timestampMillis);
    }
}
