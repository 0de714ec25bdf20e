package org.taizhang.reminder.service;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.taizhang.platform.problem.ProblemException;

/** The assignment was urged by hand within the cool-down (429); it may be urged again at {@code urgeableAt}. */
public class UrgeCooldownException extends ProblemException {

    private final Instant urgeableAt;
    private final long retryAfterSeconds;

    public UrgeCooldownException(String assignmentId, Instant lastUrgedAt, Instant urgeableAt, Instant now) {
        super(
                Response.Status.TOO_MANY_REQUESTS,
                "Assignment " + assignmentId + " was urged at " + lastUrgedAt + "; it may be urged again from "
                        + urgeableAt);
        this.urgeableAt = urgeableAt;
        // Whole seconds, rounded up, so that a client waiting that long is never early.
        long millis = Math.max(0, Duration.between(now, urgeableAt).toMillis());
        this.retryAfterSeconds = Math.max(1, (millis + 999) / 1000);
    }

    public Instant urgeableAt() {
        return urgeableAt;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
