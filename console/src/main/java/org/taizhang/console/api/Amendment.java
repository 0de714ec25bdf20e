package org.taizhang.console.api;

import java.time.Instant;
import java.util.UUID;

/** A change to a published plan's task, with the office's reason. */
public record Amendment(UUID id, UUID taskId, String kind, String reason, String amendedBy, Instant amendedAt) {}
