package org.taizhang.reminder.schedule;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.taizhang.events.reminder.ReminderKind;

/**
 * The identity of a reminder: it is issued at most once per key. {@code dueDate} is the assignment's due date, or the
 * last day of the report period. {@code step} tells reminders of one kind and due date apart: for BEFORE_DUE the number
 * of working days before the due date (5, 1), for OVERDUE the escalation step (1, 2, …), for REPORT_OVERDUE 1, and 0
 * for DUE_TODAY and REPORT_DUE. Days rather than a position keep keys stable when the office edits the policy.
 */
public record ReminderKey(String assignmentId, ReminderKind kind, LocalDate dueDate, int step) {

    /** A stable id derived from the key (name-based UUID), so that replicas issuing the same reminder agree on it. */
    public String reminderId() {
        String name = assignmentId + "|" + kind + "|" + dueDate + "|" + step;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
