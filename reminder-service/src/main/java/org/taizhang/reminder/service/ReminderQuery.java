package org.taizhang.reminder.service;

import org.taizhang.reminder.entity.ReminderStatus;

/**
 * Filters of the reminder history: {@code unitId} matches the assignment's unit or the recipient, {@code regionCode}
 * every unit inside the region.
 */
public record ReminderQuery(
        String unitId, String regionCode, String assignmentId, ReminderStatus status, int page, int size) {

    public ReminderQuery withUnit(String unit) {
        return new ReminderQuery(unit, regionCode, assignmentId, status, page, size);
    }

    public ReminderQuery withRegion(String region) {
        return new ReminderQuery(unitId, region, assignmentId, status, page, size);
    }
}
