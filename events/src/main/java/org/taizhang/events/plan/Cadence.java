package org.taizhang.events.plan;

/** How often a periodic or ongoing task reports progress. */
public enum Cadence {
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY
}
