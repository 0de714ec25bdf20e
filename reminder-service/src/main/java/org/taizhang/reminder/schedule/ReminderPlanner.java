package org.taizhang.reminder.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.reminder.calendar.WorkingDayCalendar;
import org.taizhang.reminder.policy.ReminderPolicy;

/**
 * Works out which reminders an assignment is owed, from its state alone: no clock, no store. A FIXED assignment has a
 * deadline track (BEFORE_DUE, DUE_TODAY, OVERDUE with escalation), an ONGOING or PERIODIC one a report track
 * (REPORT_DUE, REPORT_OVERDUE); COMPLETED and UNSPECIFIED assignments have none.
 *
 * <p><b>Catch-up.</b> Reminders come in series: those sharing a due date (the deadline, or the end of one report
 * period). Within a series a later reminder supersedes earlier ones, so after downtime only the latest reminder of each
 * series whose time has come is returned: a tick after three days of downtime issues OVERDUE step 3 once, never steps
 * 1–3 nor a stale BEFORE_DUE. Results are idempotent: asking again returns the same {@link ReminderKey}, which the
 * reminder log stores under a unique constraint.
 *
 * <p><b>Scheduling.</b> Keep per assignment {@code handled_through} (last tick) and {@code next_fire_at} (indexed). A
 * tick selects {@code next_fire_at <= now}, issues {@link #dueAt dueAt(view, handledThrough, now)}, then stores {@code
 * handled_through = now} and {@code next_fire_at = nextFireAt(view, now)}. When the assignment changes (status,
 * deadline, report) or the calendar or policy changes, store {@code next_fire_at = nextFireAt(view, handledThrough)};
 * it may lie in the past, and the next tick then catches up. Null {@code next_fire_at} means nothing is ever due.
 */
public final class ReminderPlanner {

    private final ReminderPolicy policy;
    private final WorkingDayCalendar calendar;

    public ReminderPlanner(ReminderPolicy policy, WorkingDayCalendar calendar) {
        var violations = policy.validate();
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid reminder policy: " + violations);
        }
        this.policy = policy;
        this.calendar = calendar;
    }

    /**
     * The reminders due by the end of {@code today}: per series the latest one that has come, however long ago (an
     * unreported old period keeps its late notice here; {@link #dueAt} filters what was already handled).
     */
    public List<PlannedReminder> dueOn(AssignmentView view, LocalDate today) {
        List<PlannedReminder> due = new ArrayList<>();
        tracks(view).forEach(track -> due.addAll(track.latestOnOrBefore(today)));
        due.sort(Comparator.comparing(PlannedReminder::fireAt));
        return due;
    }

    /**
     * What a tick at {@code now} issues: per series the latest reminder whose time has come, provided it came after
     * {@code handledThrough} (the previous tick; null when there was none).
     */
    public List<PlannedReminder> dueAt(AssignmentView view, Instant handledThrough, Instant now) {
        return dueOn(view, lastFireDay(now)).stream()
                .filter(r -> handledThrough == null || r.fireAt().isAfter(handledThrough))
                .toList();
    }

    /** The reminders that fire next, strictly after {@code after}; several when tracks coincide, empty when none. */
    public List<PlannedReminder> next(AssignmentView view, Instant after) {
        LocalDate day = lastFireDay(after);
        List<PlannedReminder> candidates = new ArrayList<>();
        tracks(view).forEach(track -> track.firstAfter(day).ifPresent(candidates::add));
        return candidates.stream()
                .map(PlannedReminder::fireOn)
                .min(Comparator.naturalOrder())
                .map(first -> candidates.stream()
                        .filter(r -> r.fireOn().equals(first))
                        .toList())
                .orElse(List.of());
    }

    /** When the next reminder fires, strictly after {@code after}: the value of the indexed {@code next_fire_at}. */
    public Optional<Instant> nextFireAt(AssignmentView view, Instant after) {
        return next(view, after).stream().map(PlannedReminder::fireAt).findFirst();
    }

    /** Every reminder firing in {@code from..to} (inclusive), ignoring catch-up: a preview of the schedule. */
    public List<PlannedReminder> schedule(AssignmentView view, LocalDate from, LocalDate to) {
        List<PlannedReminder> all = new ArrayList<>();
        for (Track track : tracks(view)) {
            LocalDate day = from.minusDays(1);
            Optional<PlannedReminder> next;
            while ((next = track.firstAfter(day)).isPresent()
                    && !next.get().fireOn().isAfter(to)) {
                all.add(next.get());
                day = next.get().fireOn();
            }
        }
        all.sort(Comparator.comparing(PlannedReminder::fireAt));
        return all;
    }

    /**
     * The overdue reminder (催办) the office sends by hand at {@code now}: OVERDUE at the escalation step the automatic
     * ones have reached (the first when none has gone out yet), to that step's recipient, going out at once. Empty
     * unless the fixed due date lies before today (in the policy's zone) and the work is not completed.
     */
    public Optional<PlannedReminder> urgeAt(AssignmentView view, Instant now) {
        LocalDate today = now.atZone(policy.zone()).toLocalDate();
        boolean overdue = !view.completed()
                && view.deadlineKind() == DeadlineKind.FIXED
                && view.dueDate() != null
                && view.dueDate().isBefore(today);
        if (!overdue) {
            return Optional.empty();
        }
        DeadlineTrack track = new DeadlineTrack(new PlanningContext(view, policy, calendar));
        return Optional.of(track.urged(lastFireDay(now), today, now));
    }

    /** The latest day whose reminders have fired by {@code now}: today once the local hour has struck, else yesterday. */
    LocalDate lastFireDay(Instant now) {
        ZonedDateTime local = now.atZone(policy.zone());
        LocalDate today = local.toLocalDate();
        return local.getHour() >= policy.localHour() ? today : today.minusDays(1);
    }

    private List<Track> tracks(AssignmentView view) {
        if (view.completed() || view.deadlineKind() == null) {
            return List.of();
        }
        PlanningContext context = new PlanningContext(view, policy, calendar);
        if (view.deadlineKind() == DeadlineKind.FIXED) {
            return view.dueDate() == null ? List.of() : List.of(new DeadlineTrack(context));
        }
        boolean periodic = view.deadlineKind() == DeadlineKind.ONGOING || view.deadlineKind() == DeadlineKind.PERIODIC;
        return periodic ? List.of(new ReportTrack(context)) : List.of();
    }
}
