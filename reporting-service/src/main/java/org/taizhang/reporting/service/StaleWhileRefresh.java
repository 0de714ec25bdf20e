package org.taizhang.reporting.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether figures kept from an earlier version may answer while newer ones are computed: only while they were
 * computed at most the staleness allowed ago; older ones are computed again before answering.
 */
public final class StaleWhileRefresh {

    /** How a request is answered. */
    public enum Answer {
        /** The kept figures are of the current version. */
        KEPT,
        /** The kept figures are behind but recent enough; newer ones are computed in the background. */
        KEPT_WHILE_REFRESHING,
        /** Nothing kept, or kept too long ago: computed before answering. */
        COMPUTE
    }

    private final Duration maxStaleness;
    private final Clock clock;

    public StaleWhileRefresh(Duration maxStaleness, Clock clock) {
        this.maxStaleness = maxStaleness;
        this.clock = clock;
    }

    /** The answer for figures kept at {@code keptVersion}, computed at {@code computedAt}, when the figures are at {@code current}. */
    public Answer decide(long keptVersion, Instant computedAt, long current) {
        if (keptVersion >= current) {
            return Answer.KEPT;
        }
        boolean recent = !clock.instant().isAfter(computedAt.plus(maxStaleness));
        return recent && !maxStaleness.isZero() ? Answer.KEPT_WHILE_REFRESHING : Answer.COMPUTE;
    }

    /**
     * Whether figures kept elsewhere (in the database, from before a restart) may answer: as {@link #decide} would
     * answer them, and never when they claim a version the figures have not reached (they are of figures since gone).
     */
    public boolean mayRestore(long keptVersion, Instant computedAt, long current) {
        return keptVersion <= current && decide(keptVersion, computedAt, current) != Answer.COMPUTE;
    }
}
