package org.taizhang.reminder.service;

/** What a tick did: assignments it handled and reminders it issued. */
public record TickResult(int assignments, int reminders) {

    public static final TickResult NONE = new TickResult(0, 0);

    public TickResult plus(TickResult other) {
        return new TickResult(assignments + other.assignments, reminders + other.reminders);
    }
}
