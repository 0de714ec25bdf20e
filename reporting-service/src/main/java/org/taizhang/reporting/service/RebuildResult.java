package org.taizhang.reporting.service;

import java.time.Instant;
import java.util.Map;

/** What a rebuild did: records read per topic, events applied and skipped (duplicates, unreadable), how long. */
public record RebuildResult(
        Map<String, Integer> recordsByTopic,
        int applied,
        int skipped,
        String requestedBy,
        Instant startedAt,
        long durationMillis) {}
