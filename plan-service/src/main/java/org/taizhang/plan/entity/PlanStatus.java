package org.taizhang.plan.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan's life: edited freely as a DRAFT, binding once PUBLISHED (changed only by amendments), final when CLOSED. */
@Schema(
        description = "A plan's life: DRAFT edited freely, PUBLISHED"
                + " binding and changed only by amendments, CLOSED final")
public enum PlanStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
