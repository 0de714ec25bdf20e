package org.taizhang.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.assignment.AssignmentsCreated.NewAssignment;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.events.reminder.ReminderIssued;
import org.taizhang.events.reminder.ReminderKind;

/**
 * A plan and its assignments as the upstream services would announce them, with random ids so that every test
 * class can share one database and broker. Units are named by a region prefix that keeps test classes apart.
 */
final class PlanScenario {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final String planId = "plan-" + UUID.randomUUID();
    final String title;
    final int year;
    final String regionCode;
    final String regionName;
    final String parentPlanId;
    private final List<TaskSnapshot> tasks = new ArrayList<>();
    private final Map<String, AssignmentCreated> assignments = new LinkedHashMap<>();

    PlanScenario(String title, int year, String regionCode, String regionName, String parentPlanId) {
        this.title = title;
        this.year = year;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.parentPlanId = parentPlanId;
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static Deadline fixed(LocalDate due) {
        return new Deadline(due.getMonthValue() + "月" + due.getDayOfMonth() + "日前", DeadlineKind.FIXED, due, null);
    }

    static Deadline ongoing() {
        return new Deadline("持续推进", DeadlineKind.ONGOING, null, null);
    }

    /** Adds a task with one assignment per unit; answers the task id. */
    String task(String number, String section, Deadline deadline, String sourceTaskId, Unit... units) {
        String taskId = planId + "-t" + number;
        List<UnitMention> mentions = new ArrayList<>();
        for (Unit unit : units) {
            mentions.add(new UnitMention(unit.name(), unit.name(), unit.role(), false, false));
            String assignmentId = taskId + "-" + unit.id();
            assignments.put(
                    assignmentId,
                    new AssignmentCreated(
                            assignmentId,
                            planId,
                            taskId,
                            number,
                            "任务" + number,
                            unit.id(),
                            unit.name(),
                            unit.region(),
                            unit.role(),
                            deadline,
                            AssignmentStatus.NOT_STARTED,
                            Instant.now().minusSeconds(86_400L * 30)));
        }
        tasks.add(new TaskSnapshot(
                taskId, number, List.of(section), "任务" + number, "要求" + number, deadline, mentions, sourceTaskId));
        return taskId;
    }

    PlanPublished published() {
        return new PlanPublished(
                planId,
                title,
                year,
                regionCode,
                regionName,
                parentPlanId == null ? "CITY" : "COUNTY",
                parentPlanId,
                List.copyOf(tasks),
                "office-clerk",
                Instant.now().minusSeconds(86_400L * 31));
    }

    List<AssignmentCreated> created() {
        return List.copyOf(assignments.values());
    }

    /** The task's assignments as the one AssignmentsCreated a fan-out announces them with, created at one instant. */
    AssignmentsCreated batch(String taskId) {
        List<AssignmentCreated> of = assignments.values().stream()
                .filter(a -> a.taskId().equals(taskId))
                .toList();
        AssignmentCreated first = of.get(0);
        return new AssignmentsCreated(
                planId,
                taskId,
                first.taskNumber(),
                first.taskTitle(),
                first.deadline(),
                first.createdAt(),
                of.stream()
                        .map(a -> new NewAssignment(
                                a.assignmentId(), a.unitId(), a.unitName(), a.regionCode(), a.role(), a.status()))
                        .toList());
    }

    /** Each task's assignments as one AssignmentsCreated, in task order. */
    List<AssignmentsCreated> batches() {
        return tasks.stream().map(t -> batch(t.taskId())).toList();
    }

    String assignmentId(String taskId, Unit unit) {
        return taskId + "-" + unit.id();
    }

    AssignmentStatusChanged status(String assignmentId, AssignmentStatus from, AssignmentStatus to, Instant at) {
        AssignmentCreated a = assignments.get(assignmentId);
        return new AssignmentStatusChanged(assignmentId, planId, a.taskId(), a.unitId(), from, to, "unit-user", at);
    }

    ProgressReported report(String assignmentId, AssignmentStatus status, String summary, String evidence) {
        return report(assignmentId, status, summary, evidence, Instant.now().minusSeconds(3_600));
    }

    ProgressReported report(
            String assignmentId, AssignmentStatus status, String summary, String evidence, Instant reportedAt) {
        AssignmentCreated a = assignments.get(assignmentId);
        return new ProgressReported(
                "r-" + UUID.randomUUID(),
                assignmentId,
                planId,
                a.taskId(),
                a.unitId(),
                status,
                summary,
                List.of(evidence),
                "unit-" + a.unitId(),
                "UNIT",
                null,
                reportedAt,
                reportedAt,
                List.of());
    }

    ReminderIssued reminder(String assignmentId, ReminderKind kind) {
        AssignmentCreated a = assignments.get(assignmentId);
        return new ReminderIssued(
                "rem-" + UUID.randomUUID(),
                assignmentId,
                planId,
                a.taskId(),
                a.unitId(),
                kind,
                a.deadline().dueDate(),
                1,
                a.unitId(),
                Instant.now().minusSeconds(7_200));
    }

    /** An instant at noon of the day, in the reporting zone. */
    static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    /** A unit of the directory as the assignment events name it. */
    record Unit(String id, String name, String region, UnitRole role) {

        static Unit lead(String id, String name, String region) {
            return new Unit(id, name, region, UnitRole.LEAD);
        }

        static Unit responsible(String id, String name, String region) {
            return new Unit(id, name, region, UnitRole.RESPONSIBLE);
        }

        static Unit supporting(String id, String name, String region) {
            return new Unit(id, name, region, UnitRole.SUPPORTING);
        }
    }
}
