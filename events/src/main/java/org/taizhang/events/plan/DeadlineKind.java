package org.taizhang.events.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a task's deadline (时限) reads: a date, ongoing work, a periodic duty, or not understood. */
@Schema(
        description = "How a deadline (时限) reads: FIXED a due date (年底前,"
                + " 6月底前…), ONGOING continuing work (持续推进), PERIODIC a"
                + " recurring duty (每季度…), UNSPECIFIED empty or not understood")
public enum DeadlineKind {
    FIXED,
    ONGOING,
    PERIODIC,
    UNSPECIFIED
}
