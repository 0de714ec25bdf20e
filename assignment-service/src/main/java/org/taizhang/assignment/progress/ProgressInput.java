package org.taizhang.assignment.progress;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taizhang.events.assignment.AssignmentStatus;

/**
 * A progress report as a unit's clerk or a county system sends it; {@code reportId} is the client's own id,
 * {@code evidenceFiles} the uploaded evidence files it cites.
 */
public record ProgressInput(
        String reportId,
        AssignmentStatus status,
        String summary,
        Integer percent,
        List<String> evidence,
        Instant reportedAt,
        List<UUID> evidenceFiles) {

    /** A null link ({@code "evidence": [null]}) becomes an empty one, which the rules reject like any bad link. */
    public ProgressInput {
        evidence = evidence == null
                ? List.of()
                : evidence.stream().map(link -> link == null ? "" : link).toList();
        // A null id is kept for the rules to refuse; toList() allows it where List.copyOf would throw.
        evidenceFiles =
                evidenceFiles == null ? List.of() : evidenceFiles.stream().toList();
    }

    /** A report citing no uploaded files. */
    public ProgressInput(
            String reportId,
            AssignmentStatus status,
            String summary,
            Integer percent,
            List<String> evidence,
            Instant reportedAt) {
        this(reportId, status, summary, percent, evidence, reportedAt, List.of());
    }
}
