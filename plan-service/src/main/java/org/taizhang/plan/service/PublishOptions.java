package org.taizhang.plan.service;

import java.util.Map;
import java.util.UUID;
import org.taizhang.events.plan.Deadline;

/** What the office supplies at publication: a deadline for tasks without one, and deadlines for chosen tasks. */
public record PublishOptions(Deadline defaultDeadline, Map<UUID, Deadline> taskDeadlines) {

    public static PublishOptions none() {
        return new PublishOptions(null, Map.of());
    }
}
