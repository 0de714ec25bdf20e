package org.taizhang.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.taizhang.reminder.calendar.WorkingDayCalendar;
import org.taizhang.reminder.entity.StoredPolicy;
import org.taizhang.reminder.policy.ReminderPolicy;

/** Puts together what planning needs: the working-day calendar and the policy in force for each plan. */
@ApplicationScoped
public class Planning {

    private final CalendarSource calendars;

    public Planning(CalendarSource calendars) {
        this.calendars = calendars;
    }

    /** Calendar and policies as they stand now, for one unit of work (a tick batch, an event, a reschedule). */
    public Snapshot snapshot() {
        return new Snapshot(calendars.current());
    }

    /** The plan's override, else the stored default, else the built-in default. */
    public static ReminderPolicy effectivePolicy(String planId) {
        return StoredPolicy.forPlan(planId)
                .or(() -> StoredPolicy.forPlan(null))
                .map(StoredPolicy::toPolicy)
                .orElseGet(ReminderPolicy::defaults);
    }

    /** One calendar and each plan's planner, looked up once per plan. */
    public static final class Snapshot {

        private final WorkingDayCalendar calendar;
        private final Map<String, PlanPlanner> byPlan = new HashMap<>();

        Snapshot(WorkingDayCalendar calendar) {
            this.calendar = calendar;
        }

        public PlanPlanner forPlan(String planId) {
            return byPlan.computeIfAbsent(planId, id -> PlanPlanner.of(effectivePolicy(id), calendar));
        }
    }
}
