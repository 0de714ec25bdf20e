package org.taizhang.assignment.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.PendingItem;
import org.taizhang.assignment.entity.TrackedPlan;
import org.taizhang.assignment.entity.TrackedTask;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;

/** The office's work list of unit mentions the directory could not settle, and its decisions on them. */
@ApplicationScoped
public class PendingService {

    private final AssignmentCreation creation;

    public PendingService(AssignmentCreation creation) {
        this.creation = creation;
    }

    /** A page of items, with the tasks they belong to (by task id) for display. */
    public record PendingPage(
            List<PendingItem> items, Map<String, TrackedTask> tasks, int page, int size, long total) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public PendingPage list(String planId, PendingItem.Status status, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ", "from PendingItem p where ", " order by p.createdAt, p.id");
        where.add("1 = 1");
        if (planId != null && !planId.isBlank()) {
            where.add("p.planId = :plan");
            params.put("plan", planId.trim());
        }
        if (status != null) {
            where.add("p.status = :status");
            params.put("status", status);
        }
        var found = PendingItem.<PendingItem>find(where.toString(), params).page(Page.of(page, size));
        List<PendingItem> items = found.list();
        Map<String, TrackedTask> tasks = new HashMap<>();
        if (!items.isEmpty()) {
            TrackedTask.<TrackedTask>list(
                            "taskId in ?1", items.stream().map(i -> i.taskId).toList())
                    .forEach(t -> tasks.put(t.taskId, t));
        }
        return new PendingPage(items, tasks, page, size, found.count());
    }

    /** Assigns the item's task to the chosen units (with the mention's role) and closes the item. */
    @Transactional
    public List<Assignment> resolve(UUID id, List<String> unitIds, boolean rememberAlias, String by) {
        PendingItem item = open(id);
        List<Unit> units = units(unitIds);
        TrackedTask task = TrackedTask.findById(item.taskId);
        TrackedPlan plan = TrackedPlan.findById(item.planId);
        if (task == null || task.withdrawnAt != null || plan == null || plan.closedAt != null) {
            throw new ProblemException(Response.Status.CONFLICT, "The task was withdrawn or its plan closed");
        }
        List<Assignment> created = new ArrayList<>();
        for (Unit unit : units) {
            creation.assign(task, unit, item.role, by).ifPresent(created::add);
        }
        if (rememberAlias && units.size() == 1) {
            remember(units.get(0), item.mentionName, by);
        }
        close(item, PendingItem.Status.RESOLVED, by, null);
        item.resolvedUnitIds = String.join(",", unitIds);
        return created;
    }

    @Transactional
    public PendingItem dismiss(UUID id, String note, String by) {
        PendingItem item = open(id);
        close(item, PendingItem.Status.DISMISSED, by, note);
        return item;
    }

    private static PendingItem open(UUID id) {
        PendingItem item = PendingItem.findById(id);
        if (item == null) {
            throw new ProblemException(Response.Status.NOT_FOUND, "Pending item " + id + " does not exist");
        }
        if (item.status != PendingItem.Status.OPEN) {
            throw new ProblemException(
                    Response.Status.CONFLICT, "Pending item " + id + " was already " + item.status.name());
        }
        return item;
    }

    private static List<Unit> units(List<String> unitIds) {
        if (unitIds == null || unitIds.isEmpty()) {
            throw new ProblemException(UnprocessableStatus.INSTANCE, "Choose at least one unit");
        }
        List<Unit> units = new ArrayList<>();
        List<Problem.Violation> unknown = new ArrayList<>();
        for (String unitId : new LinkedHashSet<>(unitIds)) {
            Unit unit = unitId == null ? null : Unit.findById(unitId);
            if (unit == null) {
                unknown.add(new Problem.Violation("unitIds", "no unit " + unitId + " in the directory"));
            } else {
                units.add(unit);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(UnprocessableStatus.INSTANCE, "Unknown units", unknown);
        }
        return units;
    }

    /** The next plan that writes the name the same way resolves it without asking again. */
    private static void remember(Unit unit, String name, String by) {
        if (!unit.name.equals(name) && !unit.aliases.contains(name)) {
            unit.aliases.add(name);
            unit.touch(by);
        }
    }

    private static void close(PendingItem item, PendingItem.Status status, String by, String note) {
        item.status = status;
        item.resolvedBy = by;
        item.resolvedAt = Instant.now();
        item.note = note;
    }
}
