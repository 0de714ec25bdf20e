package org.taizhang.console.api;

import java.util.List;
import java.util.UUID;

/** A plan's task as plan-service shows it. */
public record Task(
        UUID id,
        int position,
        String number,
        List<String> sectionPath,
        String title,
        String requirement,
        Deadline deadline,
        List<UnitMention> units,
        String importedStatus,
        UUID sourceTaskId,
        boolean withdrawn,
        String withdrawalReason) {}
