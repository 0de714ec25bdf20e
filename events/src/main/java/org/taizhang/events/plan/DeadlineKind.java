package org.taizhang.events.plan;

/** How a task's deadline (时限) reads: a date, ongoing work, a periodic duty, or not understood. */
public enum DeadlineKind {
    FIXED,
    ONGOING,
    PERIODIC,
    UNSPECIFIED
}
