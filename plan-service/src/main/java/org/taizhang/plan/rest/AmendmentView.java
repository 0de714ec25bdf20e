package org.taizhang.plan.rest;

import java.time.Instant;
import java.util.UUID;
import org.taizhang.plan.entity.PlanAmendment;

/** An amendment of a published plan as JSON. */
public record AmendmentView(
        UUID id, UUID taskId, PlanAmendment.Kind kind, String reason, String amendedBy, Instant amendedAt) {

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
