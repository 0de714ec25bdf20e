package org.taizhang.reminder.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.entity.ReminderStatus;
import org.taizhang.reminder.policy.EscalationTarget;

/** An issued reminder as JSON, with the state of its deliveries. */
@Schema(description = "An issued reminder, with the state of its deliveries")
public record ReminderView(
        @Schema(description = "The reminder's id") UUID id,

        @Schema(description = "The assignment it is about (its UUID, as in assignment-service)")
        String assignmentId,

        @Schema(description = "The assignment's plan (its UUID)")
        String planId,

        @Schema(description = "The assignment's task (its UUID)")
        String taskId,

        @Schema(description = "The unit the assignment belongs to (directory id, e.g. 341800-fgw)")
        String unitId,

        @Schema(
                description = "The unit's region, an administrative division code: 6"
                        + " digits for a county or above, e.g. 341821 (9 or 12 for a town)")
        String regionCode,

        @Schema(description = "Why it went out") ReminderKind kind,

        @Schema(
                description = "The due date it is about (ISO-8601 date," + " Asia/Shanghai): the fixed due date, or for"
                        + " REPORT_DUE and REPORT_OVERDUE the last day of the reporting period")
        LocalDate dueDate,

        @Schema(
                description = "For OVERDUE, which overdue reminder this is (1 for the first),"
                        + " deciding who receives it; for one the office urged by hand, the step"
                        + " the automatic ones had reached then (1 at least); for BEFORE_DUE, how many working days"
                        + " before the due date; 0 for DUE_TODAY and REPORT_DUE, 1 for REPORT_OVERDUE")
        int step,

        @Schema(description = "Who receives it: the unit, the task's lead unit, or the openness office")
        EscalationTarget target,

        @Schema(description = "The receiving unit (the unit or the lead unit); null when the office receives it")
        String recipientUnitId,

        @Schema(
                description = "The working day it went out on (ISO-8601 date, in the policy's zone); for one urged by"
                        + " hand, the day it was urged")
        LocalDate fireOn,

        @Schema(
                description = "When it was due to go out: fireOn at the policy's localHour, as a UTC instant"
                        + " (ISO-8601); for one urged by hand, the instant it was urged")
        Instant fireAt,

        @Schema(
                description = "False when its dates were counted on weekends only"
                        + " because the year's holiday arrangement was missing")
        boolean officialCalendar,

        @Schema(description = "Where its deliveries stand") ReminderStatus status,

        @Schema(description = "When it was issued: a UTC instant (ISO-8601)")
        Instant issuedAt,

        @Schema(
                description = "The office account (token subject) that urged the assignment by hand (催办);"
                        + " null for the reminders the schedule issued")
        String urgedBy,

        @Schema(
                description = "What the office wrote to the unit when urging, plain text up to 500 characters;"
                        + " null without a note and for scheduled reminders")
        String note) {

    public static ReminderView from(Reminder r) {
        return new ReminderView(
                r.id,
                r.assignmentId,
                r.planId,
                r.taskId,
                r.unitId,
                r.regionCode,
                r.kind,
                r.dueDate,
                r.step,
                r.target,
                r.recipientUnitId,
                r.fireOn,
                r.fireAt,
                r.officialCalendar,
                r.status,
                r.issuedAt,
                r.urgedBy,
                r.note);
    }
}
