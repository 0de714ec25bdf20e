package org.taizhang.assignment.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;

/** The office's policy for lights: the warning window, the periodic report schedule, the zone of "today". */
public record LightRules(int warningDays, ReportSchedule reports, ZoneId zone) {

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public boolean reportLate(
            AssignmentStatus status, Deadline deadline, Instant createdAt, Instant lastReportAt, LocalDate today) {
        return status != AssignmentStatus.COMPLETED && reports.late(deadline, day(createdAt), day(lastReportAt), today);
    }

    public Light light(
            AssignmentStatus status, Deadline deadline, Instant createdAt, Instant lastReportAt, LocalDate today) {
        return Light.of(
                status, deadline, today, warningDays, reportLate(status, deadline, createdAt, lastReportAt, today));
    }

    private LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}
