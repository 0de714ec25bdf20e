package org.taizhang.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** As {@link #snapshot()}, with the policies of these plans read in one query rather than two per plan. */
    public Snapshot snapshot(Collection<String> planIds) {
        Snapshot snapshot = snapshot();
        snapshot.preload(planIds);
        return snapshot;
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
        private final Map<String, ReminderPolicy> policies = new HashMap<>();
        private final Map<String, PlanPlanner> byPlan = new HashMap<>();

        Snapshot(WorkingDayCalendar calendar) {
            this.calendar = calendar;
        }

        /**
         * The plan's planner. Built on first use rather than at preload, so that a stored policy the planner rejects
         * fails only its own plan's assignments.
         */
        public PlanPlanner forPlan(String planId) {
            return byPlan.computeIfAbsent(
                    planId, id -> PlanPlanner.of(policies.computeIfAbsent(id, Planning::effectivePolicy), calendar));
        }

        private void preload(Collection<String> planIds) {
            Set<String> wanted = Set.copyOf(planIds);
            if (wanted.isEmpty()) {
                return;
            }
            List<StoredPolicy> stored = StoredPolicy.list("planId is null or planId in ?1", wanted);
            ReminderPolicy fallback = stored.stream()
                    .filter(p -> p.planId == null)
                    .findFirst()
                    .map(StoredPolicy::toPolicy)
                    .orElseGet(ReminderPolicy::defaults);
            Map<String, ReminderPolicy> overrides = new HashMap<>();
            stored.stream().filter(p -> p.planId != null).forEach(p -> overrides.put(p.planId, p.toPolicy()));
            wanted.forEach(id -> policies.put(id, overrides.getOrDefault(id, fallback)));
        }
    }
}
