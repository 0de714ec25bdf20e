package org.taizhang.reporting.compute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit's yearly assessment (考核) over its LEAD and RESPONSIBLE assignments, with the formula its score came from
 * and the same formula with its counts filled in, so that nobody has to take a score on trust.
 */
@Schema(
        description = "A unit's yearly assessment (考核) over its LEAD and"
                + " RESPONSIBLE assignments, with the formula and its working")
public record Scorecard(
        @Schema(description = "The unit's directory id, e.g. 341800-fgw")
        String unitId,

        @Schema(description = "The unit's name") String unitName,
        @Schema(description = "The year assessed") int year,

        @Schema(
                description = "The unit's LEAD and RESPONSIBLE assignments in"
                        + " the year's plans (supporting work is not assessed)")
        int assignments,

        @Schema(description = "按时完成: completed on or before the fixed due date, or completed work without one")
        int completedOnTime,

        @Schema(description = "逾期完成: completed after the fixed due date")
        int completedLate,

        @Schema(description = "逾期未完成: past the fixed due date on asOf and not completed")
        int overdue,

        @Schema(description = "应报送: periodic reports due by asOf (one per calendar period of the cadence)")
        int reportsDue,

        @Schema(description = "按时报送: periodic reports that arrived within their period")
        int reportsOnTime,

        @Schema(description = "Every reminder issued about the unit's assignments")
        int remindersReceived,

        @Schema(description = "催办: the reminders sent because work or a report was overdue (OVERDUE, REPORT_OVERDUE)")
        int urgings,

        @Schema(description = "The score out of 100 (0–100, one decimal)")
        double score,

        @Schema(description = "The scoring formula with the weights in force, in Chinese")
        String formula,

        @Schema(description = "The formula with the unit's counts filled in, ending in its score")
        String working) {}
