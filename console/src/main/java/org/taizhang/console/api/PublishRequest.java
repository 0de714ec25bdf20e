package org.taizhang.console.api;

import java.util.Map;
import java.util.UUID;

/** Publication of a draft, with the deadline for tasks that have none. */
public record PublishRequest(String defaultDeadline, Map<UUID, String> taskDeadlines) {}
