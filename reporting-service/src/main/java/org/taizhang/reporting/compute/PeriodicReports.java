package org.taizhang.reporting.compute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.reporting.model.AssignmentFacts;

/**
 * Which progress reports ongoing and periodic work owes. One report is due for every calendar period of the
 * assignment's cadence that began on or after the day it was assigned (so nobody owes a report for a period they
 * joined half-way; 1 January when that day is unknown) and ended before the day judged; completion ends the duty. A period's report is on time when
 * one arrived during that period; the work is behind on its reports while nothing arrived since the start of the
 * last period that is due.
 */
public final class PeriodicReports {

    private final ReportingPolicy policy;

    public PeriodicReports(ReportingPolicy policy) {
        this.policy = policy;
    }

    /** The periods whose report is due by {@code asOf}, oldest first; none for work judged by a date. */
    public List<ReportPeriod> due(AssignmentFacts assignment, LocalDate asOf) {
        if (!TaskCompletion.isPeriodic(assignment.deadline())) {
            return List.of();
        }
        return due(work(assignment, List.of()), asOf);
    }

    /** The periods whose report is due by {@code asOf}, oldest first, for work kept as {@link PeriodicWork}. */
    public List<ReportPeriod> due(PeriodicWork work, LocalDate asOf) {
        Cadence cadence = work.cadence();
        LocalDate assigned = work.assignedOn() == null ? asOf.withDayOfYear(1) : work.assignedOn();
        LocalDate completed = work.completedOn();
        ReportPeriod period = ReportPeriod.containing(cadence, assigned);
        if (period.start().isBefore(assigned)) {
            period = period.next(cadence);
        }
        List<ReportPeriod> due = new ArrayList<>();
        while (period.end().isBefore(asOf) && (completed == null || period.end().isBefore(completed))) {
            due.add(period);
            period = period.next(cadence);
        }
        return due;
    }

    /**
     * What judging the periodic assignment's reports takes for any day, in the reporting zone's days: one judged the
     * same for every day, however often.
     */
    public PeriodicWork work(AssignmentFacts assignment, Collection<Instant> reportTimes) {
        LocalDate completed = assignment.status() == AssignmentStatus.COMPLETED && assignment.completedAt() != null
                ? day(assignment.completedAt())
                : null;
        return new PeriodicWork(
                assignment.unitId(),
                cadence(assignment),
                assignment.assignedAt() == null ? null : day(assignment.assignedAt()),
                completed,
                reportTimes.stream()
                        .mapToInt(time -> Math.toIntExact(day(time).toEpochDay()))
                        .toArray());
    }

    /** Behind on reports: still open and nothing reported since the start of the last period that is due. */
    public boolean late(AssignmentFacts assignment, LocalDate today) {
        if (assignment.status() == AssignmentStatus.COMPLETED) {
            return false;
        }
        List<ReportPeriod> due = due(assignment, today);
        if (due.isEmpty()) {
            return false;
        }
        LocalDate lastStart = due.get(due.size() - 1).start();
        return assignment.lastReportAt() == null
                || day(assignment.lastReportAt()).isBefore(lastStart);
    }

    /** How many of the due periods received a report during the period itself. */
    public int onTime(AssignmentFacts assignment, Collection<Instant> reportTimes, LocalDate asOf) {
        List<LocalDate> days = reportTimes.stream().map(this::day).toList();
        return (int) due(assignment, asOf).stream()
                .filter(period -> days.stream().anyMatch(period::contains))
                .count();
    }

    private Cadence cadence(AssignmentFacts assignment) {
        Cadence own = assignment.deadline().cadence();
        return own == null ? policy.defaultCadence() : own;
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, policy.zone());
    }
}
