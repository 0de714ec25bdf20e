package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.assignment.entity.TrackedPlan;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.progress.Reporter;
import org.taizhang.assignment.service.AssignmentLocator.Located;

/**
 * Takes progress reports, one or a batch, each in one transaction with its effects and events. Client report ids are
 * locked first (so a retry racing its own original waits and then reads as a duplicate), then the assignments in id
 * order (so concurrent batches never deadlock), then each report is recorded in the order sent.
 */
@ApplicationScoped
public class ProgressService {

    private final ProgressRecorder recorder;
    private final AssignmentLocator locator;
    private final EntityManager entityManager;

    public ProgressService(ProgressRecorder recorder, AssignmentLocator locator, EntityManager entityManager) {
        this.recorder = recorder;
        this.locator = locator;
        this.entityManager = entityManager;
    }

    /** One report; a duplicate answers with the earlier report, a refusal is thrown as its problem. */
    @Transactional
    public ReportOutcome report(UUID assignmentId, ProgressInput input, Reporter reporter) {
        List<String> clientIds = input.reportId() == null ? List.of() : List.of(input.reportId());
        lockClientIds(reporter, clientIds);
        Assignment assignment = Assignment.findById(assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (assignment == null) {
            throw new AssignmentNotFoundException(assignmentId);
        }
        ReportOutcome outcome = recorder.record(assignment, input, context(reporter, clientIds, List.of(assignment)));
        if (outcome.outcome() == ReportOutcome.Outcome.REJECTED) {
            throw new ReportRejectedException(outcome.rejection());
        }
        return outcome;
    }

    /** Many reports; every entry gets its own outcome, in the order sent, and a bad one never stops the others. */
    @Transactional
    public List<ReportOutcome> batch(List<BatchEntry> entries, Reporter reporter) {
        List<String> clientIds = entries.stream()
                .map(BatchEntry::reportId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        lockClientIds(reporter, clientIds);
        List<Located> located = locator.locate(entries.stream()
                .map(e -> e.unreadable() == null ? e.ref() : null)
                .toList());
        Map<UUID, Assignment> assignments = lockAssignments(located);
        ReportContext context = context(reporter, clientIds, assignments.values());
        List<ReportOutcome> outcomes = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            outcomes.add(recordEntry(entries.get(i), located.get(i), assignments, context));
        }
        return outcomes;
    }

    private ReportOutcome recordEntry(
            BatchEntry entry, Located located, Map<UUID, Assignment> assignments, ReportContext context) {
        if (entry.unreadable() != null) {
            return ReportOutcome.rejected(entry.unreadable());
        }
        if (located.rejection() != null) {
            return ReportOutcome.rejected(located.rejection());
        }
        Assignment assignment = assignments.get(located.assignmentId());
        if (assignment == null) {
            return ReportOutcome.rejected(
                    Rejection.of(Rejection.Reason.UNKNOWN_ASSIGNMENT, "no assignment " + located.assignmentId()));
        }
        return recorder.record(assignment, entry.input(), context);
    }

    private static Map<UUID, Assignment> lockAssignments(List<Located> located) {
        Set<UUID> ids = located.stream()
                .filter(l -> l != null && l.assignmentId() != null)
                .map(Located::assignmentId)
                .collect(Collectors.toCollection(HashSet::new));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Assignment.<Assignment>find("id in ?1 order by id", ids)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    private static ReportContext context(
            Reporter reporter, List<String> clientIds, Collection<Assignment> assignments) {
        Map<String, ProgressReport> known = new HashMap<>();
        if (!clientIds.isEmpty()) {
            ProgressReport.<ProgressReport>list("reporter = ?1 and clientReportId in ?2", reporter.subject(), clientIds)
                    .forEach(r -> known.put(r.clientReportId, r));
        }
        Set<String> planIds = assignments.stream().map(a -> a.planId).collect(Collectors.toSet());
        Set<String> closed = planIds.isEmpty()
                ? Set.of()
                : TrackedPlan.<TrackedPlan>list("closedAt is not null and planId in ?1", planIds).stream()
                        .map(p -> p.planId)
                        .collect(Collectors.toSet());
        return new ReportContext(reporter, Instant.now(), known, closed);
    }

    /** Transaction-scoped advisory locks on (reporter, client id), taken in one statement in a fixed order. */
    private void lockClientIds(Reporter reporter, List<String> clientIds) {
        if (clientIds.isEmpty()) {
            return;
        }
        String[] keys =
                clientIds.stream().map(id -> reporter.subject() + "\u001f" + id).toArray(String[]::new);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("SELECT count(pg_advisory_xact_lock(k))"
                    + " FROM (SELECT hashtextextended(x, 7211) AS k FROM unnest(?::text[]) x ORDER BY 1) s")) {
                lock.setArray(1, connection.createArrayOf("text", keys));
                lock.executeQuery().close();
            }
        });
    }
}
