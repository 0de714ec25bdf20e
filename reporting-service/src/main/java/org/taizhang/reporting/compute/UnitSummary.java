package org.taizhang.reporting.compute;

/**
 * A unit's standing across the plans given: its LEAD and RESPONSIBLE assignments (the ones figures count), how many
 * it only supports, how many periodic reports it is behind on, and its worst light.
 */
public record UnitSummary(
        String unitId,
        String unitName,
        String regionCode,
        Tally assignments,
        int supporting,
        int reportsLate,
        Light light) {}
