package org.taizhang.reminder.service;

import java.util.UUID;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.schedule.PlannedReminder;

/** A reminder to issue for an assignment: one a tick found due, or one the office urges by hand ({@code urge} set). */
record DueReminder(TrackedAssignment assignment, PlannedReminder planned, Urge urge) {

    DueReminder(TrackedAssignment assignment, PlannedReminder planned) {
        this(assignment, planned, null);
    }

    /** A scheduled reminder's id comes from its key, so that replicas agree on it; an urge has its own. */
    UUID id() {
        return urge != null ? urge.id() : UUID.fromString(planned.key().reminderId());
    }

    /** Who urged, what they wrote and the request id they gave, on an urge by hand. */
    record Urge(UUID id, String urgedBy, String note, String requestId) {}
}
