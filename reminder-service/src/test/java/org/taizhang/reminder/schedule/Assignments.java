package org.taizhang.reminder.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.reminder.calendar.TestCalendars;
import org.taizhang.reminder.policy.ReminderPolicy;

/** Assignments and instants the planner tests share. */
final class Assignments {

    static final String UNIT = "unit-1";
    static final String LEAD = "lead-1";

    private Assignments() {}

    static ReminderPlanner planner() {
        return new ReminderPlanner(ReminderPolicy.defaults(), TestCalendars.official());
    }

    static AssignmentView fixed(LocalDate due, LocalDate createdOn) {
        return new AssignmentView(
                "a-1", UNIT, LEAD, AssignmentStatus.IN_PROGRESS, DeadlineKind.FIXED, due, null, createdOn, null);
    }

    static AssignmentView ongoing(Cadence cadence, LocalDate createdOn) {
        return new AssignmentView(
                "a-2", UNIT, LEAD, AssignmentStatus.ONGOING, DeadlineKind.ONGOING, null, cadence, createdOn, null);
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** An instant given as Beijing local time. */
    static Instant beijing(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute)
                .atZone(ReminderPolicy.SHANGHAI)
                .toInstant();
    }
}
