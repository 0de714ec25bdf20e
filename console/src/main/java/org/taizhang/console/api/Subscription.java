package org.taizhang.console.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a unit's or a region's reminders go (webhook, e-mail, a WeCom or DingTalk robot, text messages); the secret is
 * never shown, only whether set, and a robot URL comes with its key masked.
 */
public record Subscription(
        UUID id,
        String unitId,
        String regionCode,
        String channel,
        String url,
        String email,
        boolean secretSet,
        String keyword,
        List<String> phones,
        boolean active,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    public boolean webhook() {
        return "WEBHOOK".equals(channel);
    }

    /** Where its reminders go, as a list shows it: the URL (a robot's masked), the mailbox or the numbers. */
    public String target() {
        if ("EMAIL".equals(channel)) {
            return email;
        }
        if ("SMS".equals(channel)) {
            return phones == null ? null : String.join("、", phones);
        }
        return url;
    }
}
