package org.taizhang.reporting.service;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a rebuild did: records read per topic, events applied and skipped (duplicates, unreadable), how long. */
@Schema(description = "What a rebuild of the read model did")
public record RebuildResult(
        @Schema(description = "Kafka records read per topic name, e.g. {\"taizhang.plans.v1\": 120}")
        Map<String, Integer> recordsByTopic,

        @Schema(description = "Events applied to the emptied read model")
        int applied,

        @Schema(description = "Events skipped: duplicates and records that could not be read")
        int skipped,

        @Schema(description = "The subject of the office account that asked for it")
        String requestedBy,

        @Schema(description = "When it started: a UTC instant (ISO-8601)")
        Instant startedAt,

        @Schema(description = "How long it took, in milliseconds")
        long durationMillis) {}
