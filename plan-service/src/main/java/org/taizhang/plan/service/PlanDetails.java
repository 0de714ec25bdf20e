package org.taizhang.plan.service;

import java.util.UUID;
import org.taizhang.plan.entity.PlanLevel;

/** The header of a plan: what it is called, for which year and which government. */
public record PlanDetails(
        String title, int year, String regionCode, String regionName, PlanLevel level, UUID parentPlanId) {

    public PlanLevel levelOr(PlanLevel fallback) {
        return level == null ? fallback : level;
    }
}
