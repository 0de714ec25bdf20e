package org.taizhang.console.api;

import java.time.Instant;
import java.util.List;

/** A unit of the directory (单位名录) as assignment-service shows it. */
public record Unit(
        String id,
        String name,
        List<String> aliases,
        String kind,
        String level,
        String regionCode,
        String parentId,
        String updatedBy,
        Instant updatedAt) {}
