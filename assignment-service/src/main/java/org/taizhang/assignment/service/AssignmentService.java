package org.taizhang.assignment.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.platform.region.RegionCodes;

/** Reading assignments: filtered, paged, with overdue judged on today's date in the configured zone. */
@ApplicationScoped
public class AssignmentService {

    private final AssignmentConfig config;

    public AssignmentService(AssignmentConfig config) {
        this.config = config;
    }

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignmentPage list(AssignmentQuery query) {
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(
                " and ", "from Assignment a where ", orderOf(query).orderBy());
        where.add("a.cancelledAt is null");
        equal(where, params, "a.planId", "plan", query.planId());
        equal(where, params, "a.taskId", "task", query.taskId());
        equal(where, params, "a.unitId", "unit", query.unitId());
        if (query.regionCode() != null && !query.regionCode().isBlank()) {
            where.add("a.regionCode like :region");
            params.put("region", RegionCodes.significant(query.regionCode().trim()) + "%");
        }
        if (query.status() != null) {
            where.add("a.status = :status");
            params.put("status", query.status());
        }
        if (query.overdue() != null) {
            String overdue = "(a.deadline.kind = :fixed and a.deadline.dueDate < :today and a.status <> :completed)";
            where.add(query.overdue() ? overdue : "not " + overdue);
            params.put("fixed", DeadlineKind.FIXED);
            params.put("today", today());
            params.put("completed", AssignmentStatus.COMPLETED);
        }
        var found = Assignment.<Assignment>find(where.toString(), params).page(Page.of(query.page(), query.size()));
        List<Assignment> assignments = found.list();
        return new AssignmentPage(assignments, query.page(), query.size(), found.count());
    }

    private static AssignmentOrder orderOf(AssignmentQuery query) {
        return query.order() == null ? AssignmentOrder.PLAN : query.order();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assignment get(UUID id) {
        Assignment assignment = Assignment.findById(id);
        if (assignment == null) {
            throw new AssignmentNotFoundException(id);
        }
        return assignment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgressReport> reports(UUID assignmentId) {
        return ProgressReport.list("assignmentId = ?1 order by reportedAt, receivedAt", assignmentId);
    }

    private static void equal(StringJoiner where, Map<String, Object> params, String path, String name, String value) {
        if (value != null && !value.isBlank()) {
            where.add(path + " = :" + name);
            params.put(name, value.trim());
        }
    }
}
