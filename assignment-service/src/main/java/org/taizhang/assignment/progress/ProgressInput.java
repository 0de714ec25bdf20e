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

    /** A null link ({@code "evidence": [null]}) becomes an empty one, which the rules reject like any bad link. */
    public ProgressInput {
        evidence = evidence == null
                ? List.of()
                : evidence.stream().map(link -> link == null ? "" : link).toList();
    }
}
