package org.taizhang.assignment.progress;

import java.time.Instant;
import java.util.List;
import org.taizhang.events.assignment.AssignmentStatus;

/** A progress report as a unit's clerk or a county system sends it; {@code reportId} is the client's own id. */
public record ProgressInput(
        String reportId,
        AssignmentStatus status,
        String summary,
        Integer percent,
        List<String> evidence,
        Instant reportedAt) {

    public ProgressInput {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
