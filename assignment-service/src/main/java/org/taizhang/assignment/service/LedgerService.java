package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.assignment.ledger.Ledger;
import org.taizhang.assignment.ledger.LedgerRow;
import org.taizhang.assignment.planning.Light;
import org.taizhang.assignment.planning.LightRules;

/** A unit's ledger (台账): every live assignment of the year's plans, in plan and task order. */
@ApplicationScoped
public class LedgerService {

    private static final String QUERY =
            "select a, p.title, t.requirement from Assignment a, TrackedPlan p, TrackedTask t"
                    + " where p.planId = a.planId and t.taskId = a.taskId and a.unitId = ?1 and p.year = ?2"
                    + " and a.cancelledAt is null order by p.title, a.taskNumber";

    private final AssignmentConfig config;

    public LedgerService(AssignmentConfig config) {
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Ledger ledger(Unit unit, int year) {
        LightRules rules = config.lightRules();
        LocalDate today = rules.today();
        List<LedgerRow> rows = Assignment.getEntityManager()
                .createQuery(QUERY, Object[].class)
                .setParameter(1, unit.id)
                .setParameter(2, year)
                .getResultStream()
                .map(found -> row((Assignment) found[0], (String) found[1], (String) found[2], rules, today))
                .toList();
        return Ledger.of(unit.id, unit.name, year, Instant.now(), rows);
    }

    private static LedgerRow row(
            Assignment a, String planTitle, String requirement, LightRules rules, LocalDate today) {
        return new LedgerRow(
                a.id,
                a.planId,
                planTitle,
                a.taskNumber,
                a.taskTitle,
                requirement,
                a.role,
                a.deadline(),
                a.status,
                a.percent,
                Light.overdue(a.status, a.deadline(), today),
                rules.light(a.status, a.deadline(), a.createdAt, a.lastReportAt, today),
                a.lastReportAt,
                a.lastSummary);
    }
}
