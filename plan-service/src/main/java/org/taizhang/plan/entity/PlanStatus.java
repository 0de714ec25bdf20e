package org.taizhang.plan.entity;

/** A plan's life: edited freely as a DRAFT, binding once PUBLISHED (changed only by amendments), final when CLOSED. */
public enum PlanStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
