package org.taizhang.plan.rest;

import java.time.Instant;
import java.util.UUID;
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.entity.PlanLevel;
import org.taizhang.plan.entity.PlanStatus;

/** A plan as JSON. */
public record PlanView(
        UUID id,
        String title,
        int year,
        String regionCode,
        String regionName,
        PlanLevel level,
        UUID parentPlanId,
        PlanStatus status,
        long taskCount,
        String sourceFilename,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        Instant publishedAt,
        Instant closedAt) {

    /** The plan without who created and last changed it, for callers outside the office. */
    public PlanView withoutPeople() {
        return new PlanView(
                id,
                title,
                year,
                regionCode,
                regionName,
                level,
                parentPlanId,
                status,
                taskCount,
                sourceFilename,
                null,
                createdAt,
                null,
                updatedAt,
                publishedAt,
                closedAt);
    }

    public static PlanView from(Plan plan, long taskCount) {
        return new PlanView(
                plan.id,
                plan.title,
                plan.year,
                plan.regionCode,
                plan.regionName,
                plan.level,
                plan.parentPlanId,
                plan.status,
                taskCount,
                plan.sourceFilename,
                plan.createdBy,
                plan.createdAt,
                plan.updatedBy,
                plan.updatedAt,
                plan.publishedAt,
                plan.closedAt);
    }
}
