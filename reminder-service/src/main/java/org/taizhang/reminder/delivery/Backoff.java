package org.taizhang.reminder.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to retry a failed delivery: exponential backoff with full jitter, a delay drawn uniformly from {@code [0,
 * min(cap, base × 2^(attempt-1))]}, so that subscribers down at the same time are not hit by synchronised retries.
 * After {@code maxAttempts} attempts in all there is no further delay: the delivery is marked failed.
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final int maxAttempts;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, int maxAttempts, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("need 0 < base <= cap and at least one attempt");
        }
        this.base = base;
        this.cap = cap;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    /** Ten attempts, from a few seconds apart up to an hour apart: about a day of trying before giving up. */
    public static Backoff defaults(RandomGenerator random) {
        return new Backoff(Duration.ofSeconds(5), Duration.ofHours(1), 10, random);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Whether {@code attemptsMade} attempts use up the budget, so the delivery is to be marked failed. */
    public boolean exhausted(int attemptsMade) {
        return attemptsMade >= maxAttempts;
    }

    /** The upper bound of the delay after failed attempt number {@code attempt} (1 for the first). */
    public Duration ceiling(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        // Doubling past 2^62 nanoseconds would overflow; the cap is far below that anyway.
        int doublings = Math.min(attempt - 1, 62);
        long baseNanos = base.toNanos();
        long capNanos = cap.toNanos();
        long ceiling = baseNanos > (capNanos >> doublings) ? capNanos : baseNanos << doublings;
        return Duration.ofNanos(Math.min(ceiling, capNanos));
    }

    /** The delay before the next attempt after {@code attemptsMade} failed ones; empty once the budget is used up. */
    public Optional<Duration> delayAfter(int attemptsMade) {
        if (exhausted(attemptsMade)) {
            return Optional.empty();
        }
        long ceiling = ceiling(attemptsMade).toNanos();
        return Optional.of(Duration.ofNanos(random.nextLong(ceiling + 1)));
    }

    /** When to try again after {@code attemptsMade} failed attempts, the last at {@code failedAt}; empty: give up. */
    public Optional<Instant> nextAttemptAt(Instant failedAt, int attemptsMade) {
        return delayAfter(attemptsMade).map(failedAt::plus);
    }
}
