package org.taizhang.assignment.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.taizhang.assignment.progress.Rejection.Reason;

/**
 * Which {@code reportedAt} a report may claim. Timeliness is judged on when Taizhang received a report, so the claimed
 * time only orders reports and is shown; still a time before the assignment existed, long before receipt or in the
 * future is no honest report time and is refused rather than stored. {@code clockSkew} allows for county systems'
 * clocks running a little ahead or behind; {@code backdating} for a system that sends a week's reports at once.
 */
public record ReportTimes(Duration clockSkew, Duration backdating) {

    /** Why {@code reportedAt} cannot be taken for a report received at {@code received}, if it cannot. */
    public Optional<Rejection> check(Instant reportedAt, Instant assignmentCreated, Instant received) {
        if (reportedAt == null) {
            return Optional.empty();
        }
        if (reportedAt.isAfter(received.plus(clockSkew))) {
            return invalid("reportedAt is in the future");
        }
        if (assignmentCreated != null && reportedAt.isBefore(assignmentCreated.minus(clockSkew))) {
            return invalid(
                    "reportedAt " + reportedAt + " is before the assignment existed (" + assignmentCreated + ")");
        }
        if (reportedAt.isBefore(received.minus(backdating))) {
            return invalid("reportedAt " + reportedAt + " is more than " + describe(backdating)
                    + " before the report was received (" + received + "); date a report when it is sent");
        }
        return Optional.empty();
    }

    private static String describe(Duration duration) {
        if (duration.toHours() % 24 == 0 && duration.toDays() > 0) {
            return duration.toDays() + " days";
        }
        if (duration.toMinutes() % 60 == 0 && duration.toHours() > 0) {
            return duration.toHours() + " hours";
        }
        return duration.toMinutes() + " minutes";
    }

    private static Optional<Rejection> invalid(String message) {
        return Optional.of(Rejection.of(Reason.INVALID_FIELD, message));
    }
}
