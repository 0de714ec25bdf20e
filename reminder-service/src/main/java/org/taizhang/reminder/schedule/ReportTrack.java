package org.taizhang.reminder.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.calendar.WorkingDayCalendar;
import org.taizhang.reminder.policy.EscalationTarget;

/**
 * The periodic progress reports of ongoing and periodic work. For each calendar period from the assignment's creation,
 * unless a report came in since the period started (or since creation, if later): REPORT_DUE on the period's last
 * working day, REPORT_OVERDUE {@code periodicGraceDays} working days after the period's end. A first period with less
 * than the grace left after creation is skipped: the first report is due at the end of the next one. Each period is
 * a series of its own, so a late notice for one period and the due notice of the next never hide each other.
 */
final class ReportTrack implements Track {

    /** Guards the walk over periods; far beyond any plan's life even at a monthly cadence. */
    private static final int MAX_PERIODS = 1200;

    private static final Comparator<PlannedReminder> ORDER = Comparator.comparing(PlannedReminder::fireOn)
            .thenComparing(r -> r.key().dueDate())
            .thenComparing(r -> r.key().step());

    private final PlanningContext context;
    private final WorkingDayCalendar calendar;
    private final LocalDate created;
    private final int grace;
    private final ReportPeriod first;

    ReportTrack(PlanningContext context) {
        this.context = context;
        this.calendar = context.calendar();
        this.created = context.view().createdOn();
        this.grace = context.policy().periodicGraceDays();
        Cadence own = context.view().cadence();
        this.first = firstPeriod(own != null ? own : context.policy().defaultCadence());
    }

    @Override
    public List<PlannedReminder> latestOnOrBefore(LocalDate day) {
        List<PlannedReminder> latest = new ArrayList<>();
        ReportPeriod period = first;
        for (int i = 0; i < MAX_PERIODS && !period.start().isAfter(day); i++, period = period.next()) {
            reminders(period).stream()
                    .filter(r -> !r.fireOn().isAfter(day))
                    .max(ORDER)
                    .ifPresent(latest::add);
        }
        return latest;
    }

    @Override
    public Optional<PlannedReminder> firstAfter(LocalDate day) {
        PlannedReminder earliest = null;
        ReportPeriod period = first;
        // A period's reminders never fire before it starts, so the walk ends once a period starts after the best.
        for (int i = 0; i < MAX_PERIODS; i++, period = period.next()) {
            if (earliest != null && period.start().isAfter(earliest.fireOn())) {
                break;
            }
            for (PlannedReminder r : reminders(period)) {
                if (r.fireOn().isAfter(day) && (earliest == null || ORDER.compare(r, earliest) < 0)) {
                    earliest = r;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }

    private List<PlannedReminder> reminders(ReportPeriod period) {
        if (reported(period)) {
            return List.of();
        }
        LocalDate end = period.end();
        LocalDate dueOn = calendar.previousWorkingDayOnOrBefore(end);
        LocalDate lateOn = calendar.workingDaysAfter(end, grace);
        return List.of(
                        context.reminder(ReminderKind.REPORT_DUE, end, 0, dueOn, EscalationTarget.UNIT),
                        context.reminder(ReminderKind.REPORT_OVERDUE, end, 1, lateOn, EscalationTarget.UNIT))
                .stream()
                .filter(r -> !context.beforeCreation(r.fireOn()))
                .toList();
    }

    /** Only the latest report date is known, so any report since the period (or the assignment) began counts. */
    private boolean reported(ReportPeriod period) {
        LocalDate lastReport = context.view().lastReportOn();
        LocalDate since = created != null && created.isAfter(period.start()) ? created : period.start();
        return lastReport != null && !lastReport.isBefore(since);
    }

    private ReportPeriod firstPeriod(Cadence cadence) {
        if (created == null) {
            throw new IllegalArgumentException("a periodic assignment needs its creation date");
        }
        ReportPeriod period = ReportPeriod.containing(created, cadence);
        return calendar.workingDaysBetween(created, period.end()) < grace ? period.next() : period;
    }
}
