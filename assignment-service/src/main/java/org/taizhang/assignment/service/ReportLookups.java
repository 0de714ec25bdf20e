package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.ProgressReport;

/**
 * The statements recording a group of reports starts with, each one statement whatever the group's size: locks on the
 * client report ids, the assignments' rows locked in id order, the caller's earlier reports, the closed plans. Ids go
 * in as one array rather than an IN list, so that the statement, and Hibernate's translation of it, is the same for a
 * group of one and a batch of a thousand.
 */
@ApplicationScoped
public class ReportLookups {

    private static final String LOCK_CLIENT_IDS = "SELECT count(pg_advisory_xact_lock(k))"
            + " FROM (SELECT hashtextextended(x, 7211) AS k FROM unnest(?::text[]) x ORDER BY 1) s";
    private static final String LOCK_ASSIGNMENTS =
            "SELECT * FROM assignment WHERE id = ANY(:ids) ORDER BY id FOR UPDATE";
    private static final String EARLIER_REPORTS =
            "SELECT * FROM progress_report WHERE reporter = :reporter AND client_report_id = ANY(:ids)";
    private static final String CLOSED_PLANS =
            "SELECT plan_id FROM tracked_plan WHERE closed_at IS NOT NULL AND plan_id = ANY(:ids)";

    private final EntityManager entityManager;

    public ReportLookups(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Transaction-scoped advisory locks on (reporter, client id), taken in a fixed order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockClientIds(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        String[] array = keys.toArray(String[]::new);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(LOCK_CLIENT_IDS)) {
                lock.setArray(1, connection.createArrayOf("text", array));
                lock.executeQuery().close();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Assignment> lockAssignments(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Assignment> locked = entityManager
                .createNativeQuery(LOCK_ASSIGNMENTS, Assignment.class)
                .setParameter("ids", ids.toArray(UUID[]::new))
                // Read-only: no snapshot and no dirty check at flush; ReportRows writes the few fields a report moves.
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return locked.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
    }

    /** The reporter's earlier reports with these client ids, by client id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, ProgressReport> earlierReports(String reporter, Set<String> clientIds) {
        Map<String, ProgressReport> known = new HashMap<>();
        if (clientIds.isEmpty()) {
            return known;
        }
        List<ProgressReport> reports = entityManager
                .createNativeQuery(EARLIER_REPORTS, ProgressReport.class)
                .setParameter("reporter", reporter)
                .setParameter("ids", clientIds.toArray(String[]::new))
                .getResultList();
        reports.forEach(r -> known.put(r.clientReportId, r));
        return known;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> closedPlans(Collection<Assignment> assignments) {
        String[] planIds = assignments.stream().map(a -> a.planId).distinct().toArray(String[]::new);
        if (planIds.length == 0) {
            return Set.of();
        }
        List<?> closed = entityManager
                .createNativeQuery(CLOSED_PLANS)
                .setParameter("ids", planIds)
                .getResultList();
        return closed.stream().map(String.class::cast).collect(Collectors.toCollection(HashSet::new));
    }
}
