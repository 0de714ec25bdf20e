package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.platform.persistence.DeadlineColumns;
import org.taizhang.reporting.entity.Assignment;
import org.taizhang.reporting.entity.Plan;
import org.taizhang.reporting.entity.ProgressReport;
import org.taizhang.reporting.entity.StatusChange;
import org.taizhang.reporting.entity.Task;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.ReportFacts;
import org.taizhang.reporting.model.StatusChangeFacts;
import org.taizhang.reporting.model.TaskFacts;

/**
 * Joins the read-model tables into the facts the calculators take. The join happens here, at query time, because
 * the rows arrive in any order: a plan's figures count its live tasks and the created, uncancelled assignments of
 * them, whenever each arrived.
 */
@ApplicationScoped
public class ReadModelQueries {

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Plan> plan(String planId) {
        return planId == null ? Optional.empty() : Optional.ofNullable(Plan.findById(planId));
    }

    /** Plans of the year (every year when null), newest year first, then by region and title. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Plan> plans(Integer year) {
        String order = " order by year desc, regionCode, title, planId";
        return year == null ? Plan.list("from Plan" + order) : Plan.list("year = ?1" + order, year);
    }

    /** The years that have published plans, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Integer> years() {
        return Plan.getEntityManager()
                .createQuery("select distinct p.year from Plan p order by p.year desc", Integer.class)
                .getResultList();
    }

    /** Plans of the year (every year when null) in which the unit holds a live assignment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Plan> plansOfUnit(String unitId, Integer year) {
        List<String> ids = Assignment.getEntityManager()
                .createQuery(
                        "select distinct a.planId from Assignment a where a.unitId = ?1 and a.created = true"
                                + " and a.cancelledAt is null",
                        String.class)
                .setParameter(1, unitId)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String order = " order by year desc, regionCode, title, planId";
        return year == null
                ? Plan.list("planId in ?1" + order, ids)
                : Plan.list("planId in ?1 and year = ?2" + order, ids, year);
    }

    /** Every plan derived from the plan, directly or through other derived plans. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Plan> descendants(String planId) {
        List<Plan> found = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(planId));
        List<String> frontier = List.of(planId);
        while (!frontier.isEmpty()) {
            List<Plan> children = Plan.<Plan>list("parentPlanId in ?1", frontier).stream()
                    .filter(p -> seen.add(p.planId))
                    .toList();
            found.addAll(children);
            frontier = children.stream().map(p -> p.planId).toList();
        }
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanFacts facts(Plan plan) {
        return facts(List.of(plan)).get(0);
    }

    /** The plans' facts, in the order given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanFacts> facts(List<Plan> plans) {
        return facts(plans, AssignmentScope.ALL);
    }

    /** The plans' facts, in the order given, with only the assignments in scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanFacts> facts(List<Plan> plans, AssignmentScope scope) {
        if (plans.isEmpty()) {
            return List.of();
        }
        List<String> ids = plans.stream().map(p -> p.planId).toList();
        Map<String, Object> where = new LinkedHashMap<>(Map.of("a.planId in :plans", ids));
        if (scope.unitId() != null) {
            where.put("a.unitId = :unit", scope.unitId());
        }
        Map<String, List<AssignmentFacts>> byTask = assignmentsByTask(where);
        Map<String, List<TaskFacts>> byPlan = new LinkedHashMap<>();
        tasks(ids, scope)
                .forEach(t -> byPlan.computeIfAbsent(t.planId, id -> new ArrayList<>())
                        .add(facts(t, byTask.getOrDefault(t.taskId, List.of()))));
        return plans.stream()
                .map(p -> new PlanFacts(
                        p.planId,
                        p.title,
                        p.year,
                        p.regionCode,
                        p.regionName,
                        p.parentPlanId,
                        byPlan.getOrDefault(p.planId, List.of())))
                .toList();
    }

    /**
     * The plans' live tasks; for one unit only those it holds an assignment of: the unit's year reads its 100 tasks,
     * not the 1,700 of its 90 plans with their 180,000 unit names (the province's tasks name 2,000 units each).
     */
    private static List<Task> tasks(List<String> planIds, AssignmentScope scope) {
        if (scope.unitId() == null) {
            return Task.list("planId in ?1 and withdrawnAt is null order by position, taskId", planIds);
        }
        return Task.list(
                "from Task t where t.planId in ?1 and t.withdrawnAt is null and exists (select 1 from Assignment a"
                        + " where a.taskId = t.taskId and a.unitId = ?2 and a.created = true and a.cancelledAt is null)"
                        + " order by t.position, t.taskId",
                planIds,
                scope.unitId());
    }

    /** Whether the plan has this task and it is not withdrawn. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isLiveTask(String planId, String taskId) {
        return Task.count("taskId = ?1 and planId = ?2 and withdrawnAt is null", taskId, planId) > 0;
    }

    /** One live task of the plan with its assignments, without reading the rest of the plan. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TaskFacts> task(String planId, String taskId) {
        return Task.<Task>find("taskId = ?1 and planId = ?2 and withdrawnAt is null", taskId, planId)
                .firstResultOptional()
                .map(t -> facts(
                        t, assignmentsByTask(Map.of("a.taskId = :task", taskId)).getOrDefault(taskId, List.of())));
    }

    /** Live assignments matching every condition (each with its one named parameter), by task. */
    private static Map<String, List<AssignmentFacts>> assignmentsByTask(Map<String, Object> conditions) {
        Map<String, List<AssignmentFacts>> byTask = new HashMap<>();
        // Columns, not entities: a plan of thousands of assignments is read on every dashboard refresh, and managed
        // entities cost far more than the query.
        var query = Assignment.getEntityManager()
                .createQuery(
                        "select a.taskId, a.assignmentId, a.unitId, a.unitName, a.regionCode, a.role, a.status,"
                                + " a.deadline, a.assignedAt, a.completedAt, a.lastReportAt from Assignment a where "
                                + String.join(" and ", conditions.keySet())
                                + " and a.created = true and a.cancelledAt is null",
                        Object[].class);
        conditions.forEach(
                (condition, value) -> query.setParameter(condition.substring(condition.indexOf(':') + 1), value));
        query.getResultStream()
                .forEach(row -> byTask.computeIfAbsent((String) row[0], t -> new ArrayList<>())
                        .add(facts(row)));
        // Sorted here, task by task: sorting a province plan's 100,000 rows in the database cost more than reading
        // them.
        byTask.values().forEach(list -> list.sort(Comparator.comparing(AssignmentFacts::assignmentId)));
        return byTask;
    }

    /** The reports on one task's assignments, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportFacts> reportsOfTask(String taskId) {
        return ProgressReport.<ProgressReport>list("taskId = ?1 order by reportedAt, reportId", taskId).stream()
                .map(ReadModelQueries::facts)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusChangeFacts> statusChanges(String planId) {
        return StatusChange.<StatusChange>list("planId = ?1 order by changedAt", planId).stream()
                .map(c -> new StatusChangeFacts(c.assignmentId, c.status, c.changedAt))
                .toList();
    }

    private static ReportFacts facts(ProgressReport r) {
        return new ReportFacts(
                r.reportId, r.assignmentId, r.status, r.summary, r.evidenceUrls, r.reportedAt, r.receivedAt);
    }

    /** Assignment facts from a row whose columns 1 to 10 are those {@link #assignmentsByTask} selects. */
    static AssignmentFacts facts(Object[] row) {
        return new AssignmentFacts(
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (UnitRole) row[5],
                (AssignmentStatus) row[6],
                ((DeadlineColumns) row[7]).toDeadline(),
                (Instant) row[8],
                (Instant) row[9],
                (Instant) row[10]);
    }

    private static TaskFacts facts(Task t, List<AssignmentFacts> assignments) {
        return new TaskFacts(
                t.taskId,
                t.number,
                t.sectionPath,
                t.title,
                t.requirement,
                t.leadUnits,
                t.responsibleUnits,
                t.deadline.toDeadline(),
                t.sourceTaskId,
                assignments);
    }
}
