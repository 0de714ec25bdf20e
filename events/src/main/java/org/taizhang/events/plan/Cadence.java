package org.taizhang.events.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often a periodic or ongoing task reports progress. */
@Schema(
        description = "How often a periodic or ongoing task reports" + " progress: MONTHLY, QUARTERLY, HALF_YEARLY or"
                + " YEARLY; a report is due at the end of each such calendar period")
public enum Cadence {
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY
}
