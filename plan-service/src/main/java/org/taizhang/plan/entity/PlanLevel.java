package org.taizhang.plan.entity;

/** The administrative level of the government that issues a plan. */
public enum PlanLevel {
    PROVINCE,
    CITY,
    COUNTY,
    DISTRICT,
    TOWN
}
