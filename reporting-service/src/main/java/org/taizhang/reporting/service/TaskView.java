package org.taizhang.reporting.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.taizhang.reporting.compute.TaskDetail;
import org.taizhang.reporting.model.AssignmentFacts;

/**
 * A task's detail kept with the assignments it was computed from, so that each caller's share of it is cut out
 * without reading the task's assignments again (2,000 rows for a province task).
 */
record TaskView(TaskDetail detail, Map<String, AssignmentFacts> assignments) {

    static TaskView of(TaskDetail detail, List<AssignmentFacts> assignments) {
        return new TaskView(
                detail,
                assignments.stream()
                        .collect(Collectors.toUnmodifiableMap(AssignmentFacts::assignmentId, Function.identity())));
    }

    /** The detail with the rows of the units the caller may see; the task's own figures still count every unit. */
    TaskDetail visibleTo(Predicate<AssignmentFacts> visible) {
        List<TaskDetail.UnitProgress> shown = detail.units().stream()
                .filter(u -> {
                    AssignmentFacts facts = assignments.get(u.assignmentId());
                    return facts != null && visible.test(facts);
                })
                .toList();
        if (shown.size() == detail.units().size()) {
            return detail; // the office's and auditors' view: nothing to cut out
        }
        return new TaskDetail(
                detail.taskId(),
                detail.number(),
                detail.title(),
                detail.requirement(),
                detail.deadline(),
                detail.complete(),
                detail.outcome(),
                detail.light(),
                shown);
    }
}
