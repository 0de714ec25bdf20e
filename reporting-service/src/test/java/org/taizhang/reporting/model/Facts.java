package org.taizhang.reporting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;

/** Test facts in a few words: deadlines, assignments built fluently, tasks and plans. */
public final class Facts {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Deadline YEAR_END = fixed("年底前", LocalDate.of(2026, 12, 31));
    public static final Deadline JUNE_END = fixed("6月底前", LocalDate.of(2026, 6, 30));
    public static final Deadline ONGOING = new Deadline("持续推进", DeadlineKind.ONGOING, null, null);
    public static final Deadline QUARTERLY = new Deadline("每季度", DeadlineKind.PERIODIC, null, Cadence.QUARTERLY);

    private Facts() {}

    public static Deadline fixed(String raw, LocalDate due) {
        return new Deadline(raw, DeadlineKind.FIXED, due, null);
    }

    /** An instant at noon, Beijing time, of the day. */
    public static Instant at(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
    }

    public static Unit unit(String name) {
        return new Unit(name);
    }

    public static TaskFacts task(String id, Deadline deadline, Unit... units) {
        return task(id, List.of(), deadline, units);
    }

    public static TaskFacts task(String id, List<String> section, Deadline deadline, Unit... units) {
        List<AssignmentFacts> assignments = Arrays.stream(units)
                .map(u -> u.deadline == null ? u.deadline(deadline).build(id) : u.build(id))
                .toList();
        List<String> lead = names(assignments, UnitRole.LEAD);
        List<String> responsible = names(assignments, UnitRole.RESPONSIBLE);
        return new TaskFacts(
                id,
                id.replaceAll("\\D", ""),
                section,
                "任务" + id,
                "要求" + id,
                lead,
                responsible,
                deadline,
                null,
                assignments);
    }

    public static TaskFacts derived(TaskFacts task, String id, String sourceTaskId) {
        List<AssignmentFacts> renamed = task.assignments().stream()
                .map(a -> new AssignmentFacts(
                        id + "/" + a.assignmentId(),
                        a.unitId(),
                        a.unitName(),
                        a.regionCode(),
                        a.role(),
                        a.status(),
                        a.deadline(),
                        a.assignedAt(),
                        a.completedAt(),
                        a.lastReportAt()))
                .toList();
        return new TaskFacts(
                id,
                task.number(),
                task.sectionPath(),
                task.title(),
                task.requirement(),
                task.leadUnits(),
                task.responsibleUnits(),
                task.deadline(),
                sourceTaskId,
                renamed);
    }

    public static PlanFacts plan(String id, TaskFacts... tasks) {
        return new PlanFacts(id, "2026年政务公开重点工作任务分工", 2026, "341800", "宣城市", null, List.of(tasks));
    }

    public static PlanFacts county(String id, String parent, String region, String name, TaskFacts... tasks) {
        return new PlanFacts(id, name + "2026年政务公开重点工作任务分工", 2026, region, name, parent, List.of(tasks));
    }

    private static List<String> names(List<AssignmentFacts> assignments, UnitRole role) {
        return assignments.stream()
                .filter(a -> a.role() == role)
                .map(AssignmentFacts::unitName)
                .toList();
    }

    /** A unit's assignment under construction: LEAD, NOT_STARTED, assigned on 1 January 2026 unless told. */
    public static final class Unit {

        private final String name;
        private String id;
        private UnitRole role = UnitRole.LEAD;
        private AssignmentStatus status = AssignmentStatus.NOT_STARTED;
        private Deadline deadline;
        private LocalDate assignedOn = LocalDate.of(2026, 1, 1);
        private LocalDate completedOn;
        private LocalDate lastReportOn;

        private Unit(String name) {
            this.name = name;
        }

        public Unit id(String assignmentId) {
            this.id = assignmentId;
            return this;
        }

        public Unit role(UnitRole value) {
            this.role = value;
            return this;
        }

        public Unit responsible() {
            return role(UnitRole.RESPONSIBLE);
        }

        public Unit supporting() {
            return role(UnitRole.SUPPORTING);
        }

        public Unit status(AssignmentStatus value) {
            this.status = value;
            return this;
        }

        public Unit deadline(Deadline value) {
            this.deadline = value;
            return this;
        }

        public Unit assignedOn(LocalDate day) {
            this.assignedOn = day;
            return this;
        }

        public Unit completedOn(LocalDate day) {
            this.completedOn = day;
            this.status = AssignmentStatus.COMPLETED;
            return this;
        }

        public Unit lastReportOn(LocalDate day) {
            this.lastReportOn = day;
            return this;
        }

        public AssignmentFacts build(String taskId) {
            return new AssignmentFacts(
                    id == null ? taskId + "-" + name : id,
                    "u-" + name,
                    name,
                    name.startsWith("市") ? "341800" : "341821",
                    role,
                    status,
                    deadline,
                    assignedOn == null ? null : at(assignedOn),
                    completedOn == null ? null : at(completedOn),
                    lastReportOn == null ? null : at(lastReportOn));
        }
    }
}
