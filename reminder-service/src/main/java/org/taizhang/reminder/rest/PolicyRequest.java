package org.taizhang.reminder.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.events.plan.Cadence;
import org.taizhang.platform.problem.Problem;
import org.taizhang.reminder.policy.ReminderPolicy;
import org.taizhang.reminder.service.InvalidInputException;

/** A reminder policy as the office writes it; every field is required, the rules are ReminderPolicy's. */
@Schema(
        description = "A reminder policy as the office sets it; every field is"
                + " required. Day counts are working days: Working days (工作日)"
                + " are Monday to Friday plus make-up workdays (调休), less the"
                + " statutory holidays of the working-day calendar"
                + " (/api/calendar/{year}); a year without an arrangement counts weekends only")
public record PolicyRequest(
        @Schema(
                description = "Working days before a fixed due date on which a BEFORE_DUE reminder"
                        + " goes out, e.g. [5, 1]; each 1–60, no repeats, at most 20 entries;"
                        + " empty for none. Counted back from the last working day on or before"
                        + " the due date. Working days (工作日) are Monday to Friday plus make-up"
                        + " workdays (调休), less the statutory holidays of the working-day"
                        + " calendar (/api/calendar/{year}); a year without an arrangement counts weekends only")
        @NotNull
        @Size(max = 20)
        List<Integer> beforeDays,

        @Schema(
                description = "Whether a DUE_TODAY reminder goes out on the due date (the"
                        + " last working day before it when the due date is a rest day)")
        @NotNull
        Boolean onDueDay,

        @Schema(
                description = "Working days (1–60) between overdue reminders (催办): the first"
                        + " goes out on the first working day after the due date, the"
                        + " next ones every this many working days while the work stays open")
        @NotNull
        Integer overdueEveryDays,

        @Schema(description = "Overdue reminders number 1 to this (0–60) go to the unit itself; later ones escalate")
        @NotNull
        Integer leadUnitAfter,

        @Schema(
                description = "Overdue reminders after leadUnitAfter up to this"
                        + " number (0–60, not below leadUnitAfter) go to the"
                        + " task's lead unit; later ones go to the openness office")
        @NotNull
        Integer officeAfter,

        @Schema(description = "How often ongoing and periodic work reports when its deadline names no cadence") @NotNull
        Cadence defaultCadence,

        @Schema(
                description = "Working days (1–60) after a reporting period ends"
                        + " before a missing report gets a REPORT_OVERDUE reminder")
        @NotNull
        Integer periodicGraceDays,

        @Schema(description = "The hour of the day (0–23, local time in zone) at which a day's reminders go out")
        @NotNull
        Integer localHour,

        @Schema(
                description = "The IANA time zone the due dates and localHour are"
                        + " read in, e.g. Asia/Shanghai; at most 64 characters")
        @NotNull
        @Size(max = 64)
        String zone) {

    /** The policy; its rules are checked by the service, an unknown zone here. */
    public ReminderPolicy toPolicy() {
        return new ReminderPolicy(
                beforeDays,
                onDueDay,
                overdueEveryDays,
                leadUnitAfter,
                officeAfter,
                defaultCadence,
                periodicGraceDays,
                localHour,
                zoneId());
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(
                    "The policy is not valid: 1 violation(s)",
                    List.of(new Problem.Violation("zone", "'" + zone + "' is not a time zone such as Asia/Shanghai")));
        }
    }
}
