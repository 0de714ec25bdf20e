package org.taizhang.reporting.compute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many items there are, how many are completed and how many are overdue; the unit of every roll-up. */
@Schema(
        description = "How many items there are, how many are completed and how"
                + " many are overdue (fixed due date passed, not completed)")
public record Tally(
        @Schema(description = "How many items") int total,

        @Schema(description = "How many are completed (tasks: every LEAD and RESPONSIBLE assignment COMPLETED)")
        int completed,

        @Schema(description = "How many are past their fixed due date and not completed")
        int overdue) {

    public static final Tally EMPTY = new Tally(0, 0, 0);

    public Tally plus(Tally other) {
        return new Tally(total + other.total, completed + other.completed, overdue + other.overdue);
    }

    /** Completed share in percent, one decimal; 0 when there is nothing to complete. */
    public double percent() {
        return Percent.of(completed, total);
    }

    public int open() {
        return total - completed;
    }
}
