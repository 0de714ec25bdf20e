package org.taizhang.assignment.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.entity.EvidenceFile;

/** An evidence file's description, with the path it downloads from. */
@Schema(description = "An evidence file (佐证材料) kept with an assignment's reports")
public record EvidenceFileView(
        @Schema(description = "The file's id (UUID); cite it in a report's evidenceFileIds")
        UUID id,

        @Schema(description = "The assignment's id (UUID)") UUID assignmentId,

        @Schema(description = "The file's name as uploaded, at most 255 characters")
        String fileName,

        @Schema(description = "The content type detected from the file's content, not from its name")
        String contentType,

        @Schema(description = "The file's size in bytes") long size,

        @Schema(description = "The SHA-256 of the file's content, 64 lower-case hex digits")
        String sha256,

        @Schema(description = "The token subject that uploaded it")
        String uploadedBy,

        @Schema(description = "When Taizhang received it: a UTC instant (ISO-8601), e.g. 2026-05-20T02:00:00Z")
        Instant createdAt,

        @Schema(description = "The path the file downloads from")
        String download) {

    public static EvidenceFileView from(EvidenceFile f) {
        return new EvidenceFileView(
                f.id,
                f.assignmentId,
                f.fileName,
                f.contentType,
                f.size,
                f.sha256,
                f.uploadedBy,
                f.createdAt,
                "/api/assignments/" + f.assignmentId + "/evidence/" + f.id);
    }
}
