package org.taizhang.console.api;

import java.time.Instant;
import java.util.UUID;

/** One delivery of a reminder to one subscription: where it went, how many attempts, the last error. */
public record Delivery(
        UUID id,
        UUID reminderId,
        UUID subscriptionId,
        String channel,
        String target,
        String status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant lastAttemptAt,
        Instant deliveredAt,
        Instant failedAt,
        Instant createdAt) {

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
