package org.taizhang.plan.rest;

import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;

/** Deadlines to fill in at publication: one for every task without a deadline, and per task by id. */
public record PublishRequest(
        @Size(max = 200) String defaultDeadline, Map<UUID, @Size(max = 200) String> taskDeadlines) {}
