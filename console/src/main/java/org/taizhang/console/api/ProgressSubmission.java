package org.taizhang.console.api;

import java.util.List;
import java.util.UUID;

/** A progress report as the report form sends it. */
public record ProgressSubmission(
        String reportId,
        String status,
        String summary,
        Integer percent,
        List<String> evidence,
        List<UUID> evidenceFileIds) {}
