package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reporting.compute.OverdueItem;
import org.taizhang.reporting.config.ReportingConfig;

/**
 * The overdue list (催办), read from the database a page at a time in its order: a province holds a million overdue
 * assignments, more than the heap, so nothing but the page (and a count up to {@link #TOTAL_CAP}) is ever read.
 */
@ApplicationScoped
public class OverdueService {

    /** Up to how many assignments the total is exact; beyond, it answers this number with totalExact false. */
    public static final int TOTAL_CAP = 10_000;

    private final ReadModelQueries queries;
    private final ReportingConfig config;
    private final EntityManager entityManager;

    public OverdueService(ReadModelQueries queries, ReportingConfig config, EntityManager entityManager) {
        this.queries = queries;
        this.config = config;
        this.entityManager = entityManager;
    }

    /**
     * One page of the list, after the query's cursor when it has one. A transaction of its own, though it only reads,
     * so that the planner settings below hold for its statements and no others.
     */
    @Transactional
    public OverdueView list(OverdueQuery query) {
        OverdueCursor after = query.after() == null ? null : OverdueCursor.of(query);
        if (query.planId() != null && queries.plan(query.planId()).isEmpty()) {
            throw new ReportNotFoundException("No published plan " + query.planId());
        }
        LocalDate today = config.today();
        planForTheValues();
        OverdueSql sql = new OverdueSql(query, today);
        List<Object[]> rows = rows(sql.page(after, query.size() + 1), sql.params(after));
        boolean more = rows.size() > query.size();
        List<OverdueItem> items = rows.subList(0, Math.min(rows.size(), query.size())).stream()
                .map(row -> item(row, today))
                .toList();
        OverdueItem last = items.isEmpty() ? null : items.get(items.size() - 1);
        String next = more
                ? OverdueCursor.after(query, last.dueDate(), last.assignmentId())
                        .encode()
                : null;
        // a first page that holds the list's end tells the total without counting
        long total = after == null && !more ? items.size() : count(sql.count(TOTAL_CAP + 1), sql.params(null));
        return new OverdueView(today, items.size(), items, next, Math.min(total, TOTAL_CAP), total <= TOTAL_CAP);
    }

    /**
     * Planned for the request's own values: a generic plan priced for an average plan id or unit could walk the whole
     * province's order instead of the plan's or unit's index (as assignment-service found for its lists). And planned
     * without parallel workers: a page is a hundred rows off an index in about 2 ms, and on two cores the planner's
     * Gather Merge took 110-150 ms to start its workers for them.
     */
    private void planForTheValues() {
        entityManager
                .createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                        + " set_config('max_parallel_workers_per_gather', '0', true)")
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        return query(sql, params).getResultList();
    }

    private long count(String sql, Map<String, Object> params) {
        return ((Number) query(sql, params).getSingleResult()).longValue();
    }

    private Query query(String sql, Map<String, Object> params) {
        Query query = entityManager.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query;
    }

    private static OverdueItem item(Object[] row, LocalDate today) {
        LocalDate due = date(row[9]);
        return new OverdueItem(
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[0],
                (String) row[5],
                (String) row[6],
                row[7] == null ? null : UnitRole.valueOf((String) row[7]),
                AssignmentStatus.valueOf((String) row[8]),
                due,
                ChronoUnit.DAYS.between(due, today),
                instant(row[10]));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        return value == null ? null : Instant.from((TemporalAccessor) value);
    }
}
