package org.taizhang.events.plan;

import java.util.List;

/** A task as published: enough for consumers to assign, remind and report without asking plan-service. */
public record TaskSnapshot(
        String taskId,
        String number,
        List<String> sectionPath,
        String title,
        String requirement,
        Deadline deadline,
        List<UnitMention> units,
        String sourceTaskId) {}
