package org.taizhang.events.plan;

import java.time.Instant;
import java.util.List;
import org.taizhang.events.DomainEvent;

/** A plan left DRAFT: its tasks are now binding and assignments follow. */
public record PlanPublished(
        String planId,
        String title,
        int year,
        String regionCode,
        String regionName,
        String level,
        String parentPlanId,
        List<TaskSnapshot> tasks,
        String publishedBy,
        Instant publishedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}
