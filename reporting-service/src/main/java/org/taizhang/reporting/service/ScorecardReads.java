package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.ReminderFacts;
import org.taizhang.reporting.model.ReportFacts;

/**
 * Reads a year's work a share of units at a time, as columns: a province's 2,000,000 assignments and 10,000,000
 * reports do not fit a service's heap at once, and scoring needs only report times, and those only of periodic work.
 */
@ApplicationScoped
public class ScorecardReads {

    private static final String LIVE_IN_YEAR = " a.planId in (select p.planId from Plan p where p.year = :year)"
            + " and a.created = true and a.cancelledAt is null";
    private static final List<DeadlineKind> PERIODIC = List.of(DeadlineKind.ONGOING, DeadlineKind.PERIODIC);

    private final EntityManager entityManager;

    public ScorecardReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The units holding live assignments in the year's plans, in id order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> units(int year) {
        return entityManager
                .createQuery(
                        "select distinct a.unitId from Assignment a where" + LIVE_IN_YEAR + " order by a.unitId",
                        String.class)
                .setParameter("year", year)
                .getResultList();
    }

    /** The units' live assignments in the year's plans (every role), by unit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<AssignmentFacts>> assignments(int year, List<String> unitIds) {
        Map<String, List<AssignmentFacts>> byUnit = new LinkedHashMap<>();
        entityManager
                .createQuery(
                        "select a.unitId, a.assignmentId, a.unitId, a.unitName, a.regionCode, a.role, a.status,"
                                + " a.deadline, a.assignedAt, a.completedAt, a.lastReportAt from Assignment a"
                                + " where a.unitId in :units and" + LIVE_IN_YEAR,
                        Object[].class)
                .setParameter("units", unitIds)
                .setParameter("year", year)
                .getResultStream()
                .forEach(row -> byUnit.computeIfAbsent((String) row[0], u -> new ArrayList<>())
                        .add(ReadModelQueries.facts(row)));
        return byUnit;
    }

    /** When each report on the units' periodic work counts as made; the rest of a report is not read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportFacts> periodicReportTimes(int year, List<String> unitIds) {
        return entityManager
                .createQuery(
                        "select r.assignmentId, r.reportedAt, r.receivedAt from ProgressReport r"
                                + " join Assignment a on a.assignmentId = r.assignmentId"
                                + " where a.unitId in :units and a.deadline.kind in :periodic and" + LIVE_IN_YEAR,
                        Object[].class)
                .setParameter("units", unitIds)
                .setParameter("periodic", PERIODIC)
                .setParameter("year", year)
                .getResultStream()
                .map(row ->
                        new ReportFacts(null, (String) row[0], null, null, null, (Instant) row[1], (Instant) row[2]))
                .toList();
    }

    /** The reminders sent about the units' assignments of the year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReminderFacts> reminders(int year, List<String> unitIds) {
        return entityManager
                .createQuery(
                        "select m.reminderId, m.assignmentId, m.unitId, m.kind, m.escalationStep, m.issuedAt"
                                + " from Reminder m join Assignment a on a.assignmentId = m.assignmentId"
                                + " where a.unitId in :units and" + LIVE_IN_YEAR,
                        Object[].class)
                .setParameter("units", unitIds)
                .setParameter("year", year)
                .getResultStream()
                .map(row -> new ReminderFacts(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        (ReminderKind) row[3],
                        (Integer) row[4],
                        (Instant) row[5]))
                .toList();
    }
}
