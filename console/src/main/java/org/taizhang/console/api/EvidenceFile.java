package org.taizhang.console.api;

import java.time.Instant;
import java.util.UUID;

/** An evidence file (佐证材料) kept with an assignment. */
public record EvidenceFile(
        UUID id,
        UUID assignmentId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant createdAt) {}
