package org.taizhang.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One line of an assignment's audit trail. */
public record AuditEntry(Instant at, String actor, String action, JsonNode before, JsonNode after) {}
