package org.taizhang.reminder.rest;

import java.time.Instant;
import java.util.List;
import org.taizhang.events.plan.Cadence;
import org.taizhang.reminder.policy.ReminderPolicy;
import org.taizhang.reminder.service.PolicyEntry;

/** A reminder policy as JSON; {@code planId} null for the default, {@code builtIn} when the office never set it. */
public record PolicyView(
        String planId,
        List<Integer> beforeDays,
        boolean onDueDay,
        int overdueEveryDays,
        int leadUnitAfter,
        int officeAfter,
        Cadence defaultCadence,
        int periodicGraceDays,
        int localHour,
        String zone,
        boolean builtIn,
        String updatedBy,
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
