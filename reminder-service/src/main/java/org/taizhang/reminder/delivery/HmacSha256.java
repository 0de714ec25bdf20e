package org.taizhang.reminder.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 of a UTF-8 message, as the robot and SMS platforms' signatures compute it. */
final class HmacSha256 {

    private HmacSha256() {}

    static byte[] of(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            // every Java runtime ships HmacSHA256 and takes any non-empty key
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
