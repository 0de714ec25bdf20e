package org.taizhang.reporting.model;

import java.time.Instant;
import org.taizhang.events.reminder.ReminderKind;

/** A reminder issued about a unit's assignment (whoever it went to as the escalation climbed). */
public record ReminderFacts(
        String reminderId,
        String assignmentId,
        String unitId,
        ReminderKind kind,
        int escalationStep,
        Instant issuedAt) {}
