package org.taizhang.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.progress.Rejection.Reason;

class ReportTimesTest {

    private static final Instant RECEIVED = Instant.parse("2026-06-20T08:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-03-01T00:00:00Z");
    private static final ReportTimes TIMES = new ReportTimes(Duration.ofMinutes(5), Duration.ofDays(7));

    @Test
    void shouldRejectAReportedAtBeyondTheClockSkew() {
        assertInvalid(check(RECEIVED.plusSeconds(5 * 60 + 1)), "reportedAt is in the future");
        assertInvalid(check(RECEIVED.plus(Duration.ofDays(1))), "reportedAt is in the future");
    }

    @Test
    void shouldBelieveAReportedAtWithinTheClockSkew() {
        assertThat(check(RECEIVED.plusSeconds(5 * 60))).isEmpty();
        assertThat(check(RECEIVED.plusSeconds(90))).isEmpty();
    }

    @Test
    void shouldBelieveAReportedAtUpToTheToleranceBeforeReceipt() {
        assertThat(check(RECEIVED)).isEmpty();
        assertThat(check(RECEIVED.minus(Duration.ofDays(7)))).isEmpty();
        assertThat(check(null)).isEmpty();
    }

    @Test
    void shouldRejectAReportedAtBackdatedBeyondTheTolerance() {
        assertInvalid(
                check(RECEIVED.minus(Duration.ofDays(7)).minusSeconds(1)),
                "reportedAt 2026-06-13T07:59:59Z is more than 7 days before the report was received"
                        + " (2026-06-20T08:00:00Z)");
        assertInvalid(check(RECEIVED.minus(Duration.ofDays(90))), "more than 7 days before");
    }

    @Test
    void shouldRejectAReportedAtBeforeTheAssignmentExisted() {
        Instant justCreated = RECEIVED.minus(Duration.ofHours(1));

        assertInvalid(
                TIMES.check(Instant.EPOCH, justCreated, RECEIVED),
                "reportedAt 1970-01-01T00:00:00Z is before the assignment existed (2026-06-20T07:00:00Z)");
        assertInvalid(TIMES.check(justCreated.minus(Duration.ofMinutes(6)), justCreated, RECEIVED), "before the");
        assertThat(TIMES.check(justCreated.minus(Duration.ofMinutes(5)), justCreated, RECEIVED))
                .as("a county clock a little behind")
                .isEmpty();
    }

    @Test
    void shouldDescribeTheToleranceInTheUnitItIsSetIn() {
        ReportTimes hours = new ReportTimes(Duration.ofMinutes(5), Duration.ofHours(36));

        assertInvalid(hours.check(RECEIVED.minus(Duration.ofDays(2)), CREATED, RECEIVED), "more than 36 hours before");
    }

    private static Optional<Rejection> check(Instant reportedAt) {
        return TIMES.check(reportedAt, CREATED, RECEIVED);
    }

    private static void assertInvalid(Optional<Rejection> result, String messagePart) {
        assertThat(result).hasValueSatisfying(rejection -> {
            assertThat(rejection.reason()).isEqualTo(Reason.INVALID_FIELD);
            assertThat(rejection.message()).contains(messagePart);
        });
    }
}
