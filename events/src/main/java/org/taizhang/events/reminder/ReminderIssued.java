package org.taizhang.events.reminder;

import java.time.Instant;
import java.time.LocalDate;
import org.taizhang.events.DomainEvent;

/**
 * A reminder was issued, once, for (assignment, kind, due date, escalation step); the recipient is the unit itself,
 * the task's lead unit, or the openness office as the escalation climbs.
 */
public record ReminderIssued(
        String reminderId,
        String assignmentId,
        String planId,
        String taskId,
        String unitId,
        ReminderKind kind,
        LocalDate dueDate,
        int escalationStep,
        String recipientUnitId,
        Instant issuedAt)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return assignmentId;
    }
}
