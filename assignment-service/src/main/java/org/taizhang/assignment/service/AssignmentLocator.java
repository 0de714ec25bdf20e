package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.taizhang.assignment.directory.Resolution;
import org.taizhang.assignment.directory.UnitResolver;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.TrackedPlan;
import org.taizhang.assignment.entity.TrackedTask;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.progress.Rejection.Reason;
import org.taizhang.assignment.progress.TaskNumber;

/**
 * Finds the assignment a report means when it is named as a county system knows it: the plan, the task number as
 * printed, and the unit's name as written locally (matched through the directory's aliases when not exact).
 */
@ApplicationScoped
public class AssignmentLocator {

    /** The assignment found, or why none could be. */
    public record Located(UUID assignmentId, Rejection rejection) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Located> locate(List<AssignmentRef> refs) {
        Map<String, PlanAssignments> plans = new HashMap<>();
        return refs.stream().map(ref -> ref == null ? null : locate(ref, plans)).toList();
    }

    private Located locate(AssignmentRef ref, Map<String, PlanAssignments> plans) {
        if (ref.byId()) {
            return new Located(ref.assignmentId(), null);
        }
        if (!ref.complete()) {
            return unknown("name the assignment by assignmentId, or by planId, taskNumber and unitName");
        }
        PlanAssignments plan = plans.computeIfAbsent(ref.planId().trim(), PlanAssignments::load);
        return plan.find(ref.taskNumber(), ref.unitName().trim());
    }

    private static Located unknown(String message) {
        return new Located(null, Rejection.of(Reason.UNKNOWN_ASSIGNMENT, message));
    }

    /** The assignments of one plan, loaded once per batch, and the directory its unit names are matched in. */
    private static final class PlanAssignments {

        private final TrackedPlan plan;
        private final Map<String, List<Assignment>> byNumber;
        private final Map<String, Integer> sectionOfTask = new HashMap<>();
        private UnitResolver resolver;

        private PlanAssignments(TrackedPlan plan, List<Assignment> assignments, List<TrackedTask> tasks) {
            this.plan = plan;
            this.byNumber = assignments.stream().collect(Collectors.groupingBy(a -> TaskNumber.plain(a.taskNumber)));
            tasks.forEach(t -> sectionOfTask.put(t.taskId, TaskNumber.sectionOf(t.section)));
        }

        static PlanAssignments load(String planId) {
            TrackedPlan plan = TrackedPlan.findById(planId);
            if (plan == null) {
                return new PlanAssignments(null, List.of(), List.of());
            }
            return new PlanAssignments(plan, Assignment.list("planId", planId), TrackedTask.list("planId", planId));
        }

        Located find(String taskNumber, String unitName) {
            if (plan == null) {
                return unknown("no published plan has this planId");
            }
            List<Assignment> candidates = candidates(taskNumber);
            Set<String> tasks = candidates.stream().map(a -> a.taskId).collect(Collectors.toSet());
            if (tasks.isEmpty()) {
                return unknown("the plan has no task numbered " + taskNumber);
            }
            if (tasks.size() > 1) {
                return unknown("task number " + taskNumber
                        + " is not unique in the plan; qualify it with its section, e.g. (二)" + taskNumber
                        + ", or send the assignmentId");
            }
            String unitId = candidates.stream()
                    .filter(a -> a.unitName.equals(unitName))
                    .map(a -> a.unitId)
                    .findFirst()
                    .orElseGet(() -> resolve(unitName));
            if (unitId == null) {
                return unknown("the directory knows no single unit named " + unitName);
            }
            return candidates.stream()
                    .filter(a -> a.unitId.equals(unitId))
                    .sorted((x, y) -> Boolean.compare(x.isCancelled(), y.isCancelled()))
                    .findFirst()
                    .map(a -> new Located(a.id, null))
                    .orElseGet(() -> unknown("task " + taskNumber + " is not assigned to " + unitName));
        }

        /** The number as written first; when that is not one task, the section-qualified reading of it. */
        private List<Assignment> candidates(String taskNumber) {
            List<Assignment> whole = byNumber.getOrDefault(TaskNumber.plain(taskNumber), List.of());
            TaskNumber qualified = TaskNumber.parse(taskNumber);
            if (qualified.section() == null
                    || whole.stream().map(a -> a.taskId).distinct().count() == 1) {
                return whole;
            }
            return byNumber.getOrDefault(qualified.number(), List.of()).stream()
                    .filter(a -> qualified.section().equals(sectionOfTask.get(a.taskId)))
                    .toList();
        }

        private String resolve(String unitName) {
            if (resolver == null) {
                String province = plan.regionCode.substring(0, Math.min(2, plan.regionCode.length()));
                resolver = new UnitResolver(Unit.<Unit>list("regionCode like ?1", province + "%").stream()
                        .map(Unit::toDirectoryUnit)
                        .toList());
            }
            Resolution resolution = resolver.resolve(unitName, plan.regionCode);
            return resolution instanceof Resolution.Found found
                    ? Objects.requireNonNull(found.unit().id())
                    : null;
        }
    }
}
