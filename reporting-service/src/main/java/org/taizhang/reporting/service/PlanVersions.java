package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The version of each plan's figures: moved in the transaction that changes them, for the plan and every plan it was
 * derived from (their roll-ups count it), so that views computed for a version stay right until it moves.
 */
@ApplicationScoped
public class PlanVersions {

    // Rows are locked in id order before they are written, as assignments are, so that two polls touching the same
    // plans never wait on each other in a circle.
    private static final String LOCK_WITH_ANCESTORS = "with recursive up(plan_id, parent_plan_id) as ("
            + " select plan_id, parent_plan_id from plan where plan_id = any(:ids)"
            + " union select p.plan_id, p.parent_plan_id from plan p join up on p.plan_id = up.parent_plan_id)"
            + " select plan_id from plan where plan_id in (select plan_id from up) order by plan_id for no key update";
    private static final String BUMP =
            "update plan set version = nextval('plan_version_seq') where plan_id = any(:ids)";

    private final EntityManager entityManager;

    public PlanVersions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Moves the versions of the plans and of the plans they were derived from. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bump(Collection<String> planIds) {
        if (planIds.isEmpty()) {
            return;
        }
        List<?> locked = entityManager
                .createNativeQuery(LOCK_WITH_ANCESTORS)
                .setParameter("ids", planIds.toArray(String[]::new))
                .getResultList();
        if (!locked.isEmpty()) {
            entityManager
                    .createNativeQuery(BUMP)
                    .setParameter("ids", locked.toArray(String[]::new))
                    .executeUpdate();
        }
    }

    /** The plan's version now; empty when the plan is not (or no longer) in the read model. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> current(String planId) {
        return version("select version from plan where plan_id = :value", planId);
    }

    /** The latest version among the year's plans: it moves whenever any of them does. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> latestOfYear(int year) {
        return version("select max(version) from plan where year = :value", year);
    }

    private Optional<Long> version(String sql, Object value) {
        List<?> found = entityManager
                .createNativeQuery(sql)
                .setParameter("value", value)
                .getResultList();
        return found.stream()
                .filter(v -> v != null)
                .map(v -> ((Number) v).longValue())
                .findFirst();
    }
}
