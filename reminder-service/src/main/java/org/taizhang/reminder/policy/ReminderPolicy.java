package org.taizhang.reminder.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.taizhang.events.plan.Cadence;

/**
 * When reminders go out: {@code beforeDays} working days before a due date, on the due day, then every {@code
 * overdueEveryDays} working days while overdue. Overdue reminders 1..{@code leadUnitAfter} go to the unit, up to
 * {@code officeAfter} to the task's lead unit, later ones to the openness office. Ongoing and periodic work reports
 * every {@code defaultCadence} period unless the task has its own cadence, late after {@code periodicGraceDays} working
 * days. Reminders fire at {@code localHour}:00 in {@code zone}.
 *
 * <p>The record accepts anything so that an office's input can be echoed back; {@link #validate()} says what is wrong.
 */
public record ReminderPolicy(
        List<Integer> beforeDays,
        boolean onDueDay,
        int overdueEveryDays,
        int leadUnitAfter,
        int officeAfter,
        Cadence defaultCadence,
        int periodicGraceDays,
        int localHour,
        ZoneId zone) {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Bound on every working-day count: beyond it a reminder no longer relates to its deadline. */
    public static final int MAX_WORKING_DAYS = 60;

    public ReminderPolicy {
        beforeDays = beforeDays == null ? null : Collections.unmodifiableList(new ArrayList<>(beforeDays));
    }

    public static ReminderPolicy defaults() {
        return new ReminderPolicy(List.of(5, 1), true, 3, 2, 4, Cadence.QUARTERLY, 10, 9, SHANGHAI);
    }

    public ReminderPolicy withBeforeDays(List<Integer> days) {
        return new ReminderPolicy(
                days,
                onDueDay,
                overdueEveryDays,
                leadUnitAfter,
                officeAfter,
                defaultCadence,
                periodicGraceDays,
                localHour,
                zone);
    }

    public ReminderPolicy withOverdue(int everyDays, int leadAfter, int officeAfterCount) {
        return new ReminderPolicy(
                beforeDays,
                onDueDay,
                everyDays,
                leadAfter,
                officeAfterCount,
                defaultCadence,
                periodicGraceDays,
                localHour,
                zone);
    }

    public ReminderPolicy withPeriodic(Cadence cadence, int graceDays) {
        return new ReminderPolicy(
                beforeDays,
                onDueDay,
                overdueEveryDays,
                leadUnitAfter,
                officeAfter,
                cadence,
                graceDays,
                localHour,
                zone);
    }

    /** Who receives the overdue reminder number {@code step} (1 for the first). */
    public EscalationTarget escalationFor(int step) {
        if (step <= leadUnitAfter) {
            return EscalationTarget.UNIT;
        }
        return step <= officeAfter ? EscalationTarget.LEAD_UNIT : EscalationTarget.OFFICE;
    }

    /** The instant reminders of {@code day} fire. */
    public Instant fireAt(LocalDate day) {
        return day.atTime(localHour, 0).atZone(zone).toInstant();
    }

    /** Every violation, empty when the policy may be used. */
    public List<PolicyViolation> validate() {
        List<PolicyViolation> violations = new ArrayList<>();
        validateBeforeDays(violations);
        range(violations, "overdueEveryDays", overdueEveryDays, 1, MAX_WORKING_DAYS);
        range(violations, "leadUnitAfter", leadUnitAfter, 0, MAX_WORKING_DAYS);
        range(violations, "officeAfter", officeAfter, 0, MAX_WORKING_DAYS);
        if (officeAfter < leadUnitAfter) {
            violations.add(new PolicyViolation(
                    "officeAfter", "must not be below leadUnitAfter (" + leadUnitAfter + "): escalation only climbs"));
        }
        if (defaultCadence == null) {
            violations.add(new PolicyViolation("defaultCadence", "is required"));
        }
        range(violations, "periodicGraceDays", periodicGraceDays, 1, MAX_WORKING_DAYS);
        range(violations, "localHour", localHour, 0, 23);
        if (zone == null) {
            violations.add(new PolicyViolation("zone", "is required"));
        }
        return List.copyOf(violations);
    }

    private void validateBeforeDays(List<PolicyViolation> violations) {
        if (beforeDays == null) {
            violations.add(new PolicyViolation("beforeDays", "is required (an empty list sends no early reminder)"));
            return;
        }
        var seen = new HashSet<Integer>();
        for (Integer days : beforeDays) {
            if (days == null || days < 1 || days > MAX_WORKING_DAYS) {
                violations.add(new PolicyViolation(
                        "beforeDays", "each entry must be 1.." + MAX_WORKING_DAYS + " working days, not " + days));
            } else if (!seen.add(days)) {
                violations.add(new PolicyViolation("beforeDays", days + " is listed twice"));
            }
        }
    }

    private static void range(List<PolicyViolation> violations, String field, int value, int min, int max) {
        if (value < min || value > max) {
            violations.add(new PolicyViolation(field, "must be " + min + ".." + max + ", not " + value));
        }
    }
}
