package org.taizhang.plan.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.plan.entity.PlanAmendment;

/** An amendment of a published plan as JSON. */
@Schema(description = "An amendment of a published plan")
public record AmendmentView(
        @Schema(description = "The amendment's id") UUID id,
        @Schema(description = "The task it concerns") UUID taskId,
        @Schema(description = "What it did") PlanAmendment.Kind kind,
        @Schema(description = "Why, as the office gave it") String reason,

        @Schema(
                description = "The subject of the office account that made it;"
                        + " only for the office and auditors, null for others")
        String amendedBy,

        @Schema(description = "When it was made: a UTC instant (ISO-8601)")
        Instant amendedAt) {

    /** The amendment without who made it, for callers outside the office. */
    public AmendmentView withoutPeople() {
        return new AmendmentView(id, taskId, kind, reason, null, amendedAt);
    }

    public static AmendmentView from(PlanAmendment amendment) {
        return new AmendmentView(
                amendment.id,
                amendment.taskId,
                amendment.kind,
                amendment.reason,
                amendment.amendedBy,
                amendment.amendedAt);
    }
}
