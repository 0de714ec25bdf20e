package org.taizhang.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;

/** An assignment for a test to track, as its AssignmentCreated event would describe it; fresh ids unless set. */
record NewAssignment(
        String id,
        String planId,
        String taskId,
        String unitId,
        String region,
        UnitRole role,
        Deadline deadline,
        AssignmentStatus status,
        Instant createdAt) {

    /** A unit's RESPONSIBLE assignment, not started, with a fixed due date. */
    static NewAssignment fixed(String region, String unitId, LocalDate due, Instant createdAt) {
        return new NewAssignment(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                unitId,
                region,
                UnitRole.RESPONSIBLE,
                new Deadline(due.getMonthValue() + "月" + due.getDayOfMonth() + "日前", DeadlineKind.FIXED, due, null),
                AssignmentStatus.NOT_STARTED,
                createdAt);
    }

    NewAssignment inPlan(String plan) {
        return new NewAssignment(id, plan, taskId, unitId, region, role, deadline, status, createdAt);
    }

    NewAssignment onTask(String task) {
        return new NewAssignment(id, planId, task, unitId, region, role, deadline, status, createdAt);
    }

    NewAssignment as(UnitRole newRole, AssignmentStatus newStatus) {
        return new NewAssignment(id, planId, taskId, unitId, region, newRole, deadline, newStatus, createdAt);
    }

    AssignmentCreated event() {
        return new AssignmentCreated(
                id,
                planId,
                taskId,
                "7",
                "做好政策解读发布工作",
                unitId,
                unitId + "名称",
                region,
                role,
                deadline,
                status,
                createdAt);
    }

    /**
     * The assignments' creation as the one event of a task that announces them together; plan, task, deadline and
     * creation time are the first's, as a task's new assignments share them.
     */
    static AssignmentsCreated batch(List<NewAssignment> assignments) {
        NewAssignment first = assignments.get(0);
        return new AssignmentsCreated(
                first.planId,
                first.taskId,
                "7",
                "做好政策解读发布工作",
                first.deadline,
                first.createdAt,
                assignments.stream()
                        .map(a -> new AssignmentsCreated.NewAssignment(
                                a.id, a.unitId, a.unitId + "名称", a.region, a.role, a.status))
                        .toList());
    }
}
