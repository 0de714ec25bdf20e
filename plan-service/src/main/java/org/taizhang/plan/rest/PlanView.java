package org.taizhang.plan.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.entity.PlanLevel;
import org.taizhang.plan.entity.PlanStatus;

/** A plan as JSON. */
@Schema(description = "A plan's header: a key-task division plan (重点工作任务分工) of one government and year")
public record PlanView(
        @Schema(description = "The plan's id") UUID id,
        @Schema(description = "The plan's title") String title,
        @Schema(description = "The plan year, 2000–2100") int year,

        @Schema(
                description = "The issuing government's region: an administrative division code of"
                        + " 2–12 digits: 6 for a county or above, e.g. 341800, 9 or 12 for a town")
        String regionCode,

        @Schema(description = "The region's name, e.g. 宣城市") String regionName,

        @Schema(description = "The issuing government's level")
        PlanLevel level,

        @Schema(description = "The plan it was derived from (a county plan's city plan); null for a plan of its own")
        UUID parentPlanId,

        @Schema(description = "Where the plan is in its life")
        PlanStatus status,

        @Schema(description = "How many tasks it has, withdrawn ones not counted")
        long taskCount,

        @Schema(description = "The name of the imported file; null when made by hand")
        String sourceFilename,

        @Schema(
                description = "The subject of the office account that created it;"
                        + " only for the office and auditors, null for others")
        String createdBy,

        @Schema(description = "When it was created: a UTC instant (ISO-8601)")
        Instant createdAt,

        @Schema(
                description = "The subject of the office account that changed it"
                        + " last; only for the office and auditors, null for others")
        String updatedBy,

        @Schema(description = "When it was changed last: a UTC instant (ISO-8601)")
        Instant updatedAt,

        @Schema(description = "When it was published: a UTC instant (ISO-8601); null while a draft")
        Instant publishedAt,

        @Schema(description = "When it was closed: a UTC instant (ISO-8601); null while open")
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
