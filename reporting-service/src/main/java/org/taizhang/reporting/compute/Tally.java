package org.taizhang.reporting.compute;

/** How many items there are, how many are completed and how many are overdue; the unit of every roll-up. */
public record Tally(int total, int completed, int overdue) {

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
