package org.taizhang.reminder.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.taizhang.events.plan.Cadence;
import org.taizhang.platform.problem.Problem;
import org.taizhang.reminder.policy.ReminderPolicy;
import org.taizhang.reminder.service.InvalidInputException;

/** A reminder policy as the office writes it; every field is required, the rules are ReminderPolicy's. */
public record PolicyRequest(
        @NotNull @Size(max = 20) List<Integer> beforeDays,
        @NotNull Boolean onDueDay,
        @NotNull Integer overdueEveryDays,
        @NotNull Integer leadUnitAfter,
        @NotNull Integer officeAfter,
        @NotNull Cadence defaultCadence,
        @NotNull Integer periodicGraceDays,
        @NotNull Integer localHour,
        @NotNull @Size(max = 64) String zone) {

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
