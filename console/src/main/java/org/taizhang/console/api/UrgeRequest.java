package org.taizhang.console.api;

import java.util.UUID;

/** The office urges (催办) an overdue assignment now; the request id makes a resent form harmless. */
public record UrgeRequest(UUID assignmentId, String note, String requestId) {}
