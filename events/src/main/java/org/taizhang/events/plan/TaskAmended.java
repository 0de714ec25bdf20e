package org.taizhang.events.plan;

import java.time.Instant;
import org.taizhang.events.DomainEvent;

/** A task of a published plan was added or changed; the snapshot is the task as it now stands. */
public record TaskAmended(
        String planId, AmendmentKind change, TaskSnapshot task, String reason, String amendedBy, Instant amendedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
