package org.taizhang.plan.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The administrative level of the government that issues a plan. */
@Schema(
        description = "The administrative level of the government that"
                + " issues a plan: PROVINCE, CITY, COUNTY, DISTRICT or TOWN")
public enum PlanLevel {
    PROVINCE,
    CITY,
    COUNTY,
    DISTRICT,
    TOWN
}
