package org.taizhang.events.plan;

import java.time.Instant;
import org.taizhang.events.DomainEvent;

/** A task was withdrawn from a published plan; its assignments are cancelled. */
public record TaskWithdrawn(String planId, String taskId, String reason, String withdrawnBy, Instant withdrawnAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
