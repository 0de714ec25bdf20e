package org.taizhang.reporting.service;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rebuild running on this instance, or the one that ran last, and the last one that completed. */
@Schema(description = "How a rebuild of the read model is getting on")
public record RebuildStatus(
        @Schema(description = "Whether a rebuild is running on this instance now")
        boolean running,

        @Schema(description = "The office account that asked for the current or latest rebuild")
        String requestedBy,

        @Schema(description = "When it started: a UTC instant (ISO-8601)")
        Instant startedAt,

        @Schema(description = "Kafka records read so far") long recordsRead,
        @Schema(description = "Events applied so far") long applied,

        @Schema(description = "Events skipped so far: duplicates and unreadable records")
        long skipped,

        @Schema(description = "Why the latest rebuild failed (rolled back); null unless it failed")
        String failure,

        @Schema(description = "The last rebuild that completed; null when none has on this instance")
        RebuildResult last) {

    static final RebuildStatus NEVER = new RebuildStatus(false, null, null, 0, 0, 0, null, null);
}
