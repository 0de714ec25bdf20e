package org.taizhang.plan.rest;

import java.time.Instant;
import java.util.UUID;
import org.taizhang.plan.entity.PlanAmendment;

/** An amendment of a published plan as JSON. */
public record AmendmentView(
        UUID id, UUID taskId, PlanAmendment.Kind kind, String reason, String amendedBy, Instant amendedAt) {

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
