package org.taizhang.reporting.compute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit's standing across the plans given: its LEAD and RESPONSIBLE assignments (the ones figures count), how many
 * it only supports, how many periodic reports it is behind on, and its worst light.
 */
@Schema(description = "A unit's standing across the plans given")
public record UnitSummary(
        @Schema(description = "The unit's directory id, e.g. 341800-fgw")
        String unitId,

        @Schema(description = "The unit's name") String unitName,

        @Schema(
                description = "The unit's region: an administrative division"
                        + " code, 6 digits (e.g. 341821), 9 or 12 for a town")
        String regionCode,

        @Schema(
                description = "The unit's LEAD and RESPONSIBLE assignments:"
                        + " how many, how many completed, how many overdue")
        Tally assignments,

        @Schema(description = "How many assignments the unit only supports (SUPPORTING, not counted in the figures)")
        int supporting,

        @Schema(description = "How many ongoing or periodic assignments are behind on their progress reports")
        int reportsLate,

        @Schema(description = "The worst light of the unit's assignments")
        Light light) {}
