package org.taizhang.events.plan;

import java.time.Instant;
import org.taizhang.events.DomainEvent;

/** A plan's year is over: no more reminders, its figures are final. */
public record PlanClosed(String planId, String closedBy, Instant closedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
