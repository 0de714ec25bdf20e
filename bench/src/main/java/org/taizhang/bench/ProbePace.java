package org.taizhang.bench;

/**
 * When a completion probe asks again: every half second once the count could be complete within a few seconds, less
 * often while it is far away, so that a 100,000-row count is not run 300 times on the PostgreSQL whose CPU the bench
 * measures. The count is expected to need at least its remaining rows at the rate it moved since the last look; the wait
 * is a quarter of that, so a completion is seen within the half second unless the rate quadruples within one wait.
 */
final class ProbePace {

    static final long FINE_MILLIS = 500;
    static final long COARSE_MILLIS = 2000;

    private ProbePace() {}

    /**
     * Milliseconds to wait before the next count, given the rows counted now and at the last count, {@code elapsed}
     * milliseconds apart; the finest pace when nothing moved yet (the start, a stall) since no rate can be told.
     */
    static long nextMillis(long previous, long now, long elapsedMillis, long target) {
        long moved = now - previous;
        if (moved <= 0 || elapsedMillis <= 0 || now >= target) {
            return FINE_MILLIS;
        }
        double remainingMillis = (double) (target - now) * elapsedMillis / moved;
        return Math.max(FINE_MILLIS, Math.min(COARSE_MILLIS, (long) (remainingMillis / 4)));
    }
}
