package org.taizhang.reminder.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.calendar.WorkingDayCalendar;
import org.taizhang.reminder.policy.EscalationTarget;

/**
 * The reminders of a fixed due date: BEFORE_DUE on each configured working day before it, DUE_TODAY on the due date
 * (or the last working day before it when it is a rest day), then OVERDUE step 1 on the first working day after it
 * and step k+1 every {@code overdueEveryDays} working days after step k, without end. One series: the due date.
 */
final class DeadlineTrack implements Track {

    private final PlanningContext context;
    private final WorkingDayCalendar calendar;
    private final LocalDate due;
    private final int every;
    private final List<PlannedReminder> early;

    DeadlineTrack(PlanningContext context) {
        this.context = context;
        this.calendar = context.calendar();
        this.due = context.view().dueDate();
        this.every = context.policy().overdueEveryDays();
        this.early = earlyReminders();
    }

    @Override
    public List<PlannedReminder> latestOnOrBefore(LocalDate day) {
        int steps = overdueStepsOnOrBefore(day);
        Optional<PlannedReminder> latest = steps > 0
                ? Optional.of(overdue(steps))
                : early.stream().filter(r -> !r.fireOn().isAfter(day)).reduce((a, b) -> b);
        return latest.filter(r -> !context.beforeCreation(r.fireOn())).stream().toList();
    }

    @Override
    public Optional<PlannedReminder> firstAfter(LocalDate day) {
        LocalDate created = context.view().createdOn();
        LocalDate from = created != null && created.minusDays(1).isAfter(day) ? created.minusDays(1) : day;
        return early.stream()
                .filter(r -> r.fireOn().isAfter(from))
                .findFirst()
                .or(() -> Optional.of(overdue(overdueStepsOnOrBefore(from) + 1)));
    }

    /**
     * The overdue reminder the office sends by hand on {@code today} at {@code at}: the escalation step the automatic
     * ones reached by {@code firedThrough} (the first when none has fired yet), addressed as that step is.
     */
    PlannedReminder urged(LocalDate firedThrough, LocalDate today, Instant at) {
        int step = Math.max(1, overdueStepsOnOrBefore(firedThrough));
        EscalationTarget target = context.policy().escalationFor(step);
        return context.reminder(ReminderKind.OVERDUE, due, step, today, at, target);
    }

    /** How many overdue reminders have fired by the end of {@code day}. */
    private int overdueStepsOnOrBefore(LocalDate day) {
        int workingDaysLate = calendar.workingDaysBetween(due, day);
        return workingDaysLate < 1 ? 0 : (workingDaysLate - 1) / every + 1;
    }

    private PlannedReminder overdue(int step) {
        LocalDate fireOn = calendar.workingDaysAfter(due, 1 + (step - 1) * every);
        EscalationTarget target = context.policy().escalationFor(step);
        return context.reminder(ReminderKind.OVERDUE, due, step, fireOn, target);
    }

    private List<PlannedReminder> earlyReminders() {
        List<PlannedReminder> reminders = new ArrayList<>();
        for (int days : context.policy().beforeDays()) {
            LocalDate fireOn = calendar.workingDaysBefore(due, days);
            reminders.add(context.reminder(ReminderKind.BEFORE_DUE, due, days, fireOn, EscalationTarget.UNIT));
        }
        if (context.policy().onDueDay()) {
            LocalDate fireOn = calendar.previousWorkingDayOnOrBefore(due);
            reminders.add(context.reminder(ReminderKind.DUE_TODAY, due, 0, fireOn, EscalationTarget.UNIT));
        }
        reminders.sort(Comparator.comparing(PlannedReminder::fireOn));
        return List.copyOf(reminders);
    }
}
