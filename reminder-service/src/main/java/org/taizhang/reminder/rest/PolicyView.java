package org.taizhang.reminder.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.events.plan.Cadence;
import org.taizhang.reminder.policy.ReminderPolicy;
import org.taizhang.reminder.service.PolicyEntry;

/** A reminder policy as JSON; {@code planId} null for the default, {@code builtIn} when the office never set it. */
@Schema(
        description = "A reminder policy: the default (planId null) or a plan's"
                + " override. Day counts are working days: Working days (工作日)"
                + " are Monday to Friday plus make-up workdays (调休), less the"
                + " statutory holidays of the working-day calendar"
                + " (/api/calendar/{year}); a year without an arrangement counts weekends only")
public record PolicyView(
        @Schema(description = "The plan this override governs (its UUID); null for the default policy")
        String planId,

        @Schema(
                description = "Working days before a fixed due date on which a BEFORE_DUE"
                        + " reminder goes out, e.g. [5, 1]; empty for none. Counted back"
                        + " from the last working day on or before the due date. Working"
                        + " days (工作日) are Monday to Friday plus make-up workdays (调休),"
                        + " less the statutory holidays of the working-day calendar"
                        + " (/api/calendar/{year}); a year without an arrangement counts weekends only")
        List<Integer> beforeDays,

        @Schema(
                description = "Whether a DUE_TODAY reminder goes out on the due date (the"
                        + " last working day before it when the due date is a rest day)")
        boolean onDueDay,

        @Schema(
                description = "Working days (1–60) between overdue reminders (催办): the first"
                        + " goes out on the first working day after the due date, the"
                        + " next ones every this many working days while the work stays open")
        int overdueEveryDays,

        @Schema(description = "Overdue reminders number 1 to this (0–60) go to the unit itself; later ones escalate")
        int leadUnitAfter,

        @Schema(
                description = "Overdue reminders after leadUnitAfter up to this"
                        + " number (0–60, not below leadUnitAfter) go to the"
                        + " task's lead unit; later ones go to the openness office")
        int officeAfter,

        @Schema(description = "How often ongoing and periodic work reports when its deadline names no cadence")
        Cadence defaultCadence,

        @Schema(
                description = "Working days (1–60) after a reporting period ends"
                        + " before a missing report gets a REPORT_OVERDUE reminder")
        int periodicGraceDays,

        @Schema(description = "The hour of the day (0–23, local time in zone) at which a day's reminders go out")
        int localHour,

        @Schema(description = "The IANA time zone the due dates and localHour are read in, e.g. Asia/Shanghai")
        String zone,

        @Schema(description = "True while the default is the built-in one the office never set")
        boolean builtIn,

        @Schema(description = "The subject of the office account that set it; null for the built-in default")
        String updatedBy,

        @Schema(description = "When it was set: a UTC instant (ISO-8601); null for the built-in default")
        Instant updatedAt) {

    public static PolicyView from(PolicyEntry entry) {
        ReminderPolicy p = entry.policy();
        return new PolicyView(
                entry.planId(),
                p.beforeDays(),
                p.onDueDay(),
                p.overdueEveryDays(),
                p.leadUnitAfter(),
                p.officeAfter(),
                p.defaultCadence(),
                p.periodicGraceDays(),
                p.localHour(),
                p.zone().getId(),
                entry.builtIn(),
                entry.updatedBy(),
                entry.updatedAt());
    }
}
