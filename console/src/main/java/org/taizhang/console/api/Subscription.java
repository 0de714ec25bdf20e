package org.taizhang.console.api;

import java.time.Instant;
import java.util.UUID;

/** Where a unit's or a region's reminders go (webhook or e-mail); the secret is never shown, only whether set. */
public record Subscription(
        UUID id,
        String unitId,
        String regionCode,
        String channel,
        String url,
        String email,
        boolean secretSet,
        boolean active,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    public boolean webhook() {
        return "WEBHOOK".equals(channel);
    }
}
