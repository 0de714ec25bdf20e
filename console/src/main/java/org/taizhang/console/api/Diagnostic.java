package org.taizhang.console.api;

import java.util.UUID;

/** What an import asks the office to check, on one task or on the whole plan. */
public record Diagnostic(UUID taskId, Integer taskPosition, String code, String message) {}
