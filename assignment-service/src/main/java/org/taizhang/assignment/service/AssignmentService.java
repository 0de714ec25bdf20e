package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.platform.rest.InvalidCursorException;

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

    /**
     * One page of a list: after the cursor when there is one, else the numbered page (offsets bounded by
     * {@code list-max-offset}); the total counts no further than {@code list-total-cap}, beyond which it is flagged
     * inexact rather than paid for with a count of the whole province.
     */
    @Transactional
    public AssignmentPage list(AssignmentQuery query) {
        planForTheValues();
        AssignmentListSql sql = new AssignmentListSql(query, today());
        if (sql.walksPlans()) {
            readEachPlanInOrder();
        }
        AssignmentCursor after = cursor(query, sql.order());
        int offset = after == null ? query.page() * query.size() : 0;
        if (after == null && (long) offset + query.size() > config.listMaxOffset()) {
            throw InvalidCursorException.tooDeep(config.listMaxOffset(), "assignments");
        }
        List<Assignment> rows = rows(sql.page(after, offset, query.size() + 1), sql.pageParams(after));
        boolean more = rows.size() > query.size();
        List<Assignment> assignments = more ? rows.subList(0, query.size()) : rows;
        String next = more
                ? AssignmentCursor.after(assignments.get(assignments.size() - 1), sql.order())
                        .encode()
                : null;
        int cap = config.listTotalCap();
        // a numbered page that holds the list's end tells the total without counting
        boolean ended = after == null && !more && (offset == 0 || !assignments.isEmpty());
        long total = ended
                ? offset + assignments.size()
                : ((Number) single(sql.count(cap + 1), sql.countParams())).longValue();
        boolean exact = total <= cap;
        return new AssignmentPage(assignments, query.page(), query.size(), Math.min(total, cap), exact, next);
    }

    /**
     * The driver prepares a statement on the server after five runs, and PostgreSQL then may keep one generic plan for
     * every plan id: priced for the average plan (1,000 assignments), it sorted the province plan's 100,000 whole for
     * each page (0.2-1.0 s instead of 0.1-20 ms). Planned for the request's own values, each list walks its index. Only
     * the list's transaction is so planned: the fan-out's inserts keep their generic plans.
     */
    private static void planForTheValues() {
        setForTheTransaction("plan_cache_mode", "force_custom_plan");
    }

    /**
     * The overdue walk reads each plan's rows in list order and stops at the page's end ({@link OverdueWalk}); planned
     * for a plan it cannot know, PostgreSQL read all of one plan's overdue rows and sorted them instead (a city's first
     * page on the province seed: 24-48 ms and 3,000 buffers instead of 0.8 ms and 171). The list's counts sort nothing.
     */
    private static void readEachPlanInOrder() {
        setForTheTransaction("enable_sort", "off");
    }

    private static void setForTheTransaction(String setting, String value) {
        Assignment.getEntityManager()
                .createNativeQuery("select set_config(?1, ?2, true)")
                .setParameter(1, setting)
                .setParameter(2, value)
                .getSingleResult();
    }

    private static AssignmentCursor cursor(AssignmentQuery query, AssignmentOrder order) {
        if (query.after() == null) {
            return null;
        }
        if (query.page() != 0) {
            throw InvalidCursorException.mismatched("and a page number exclude each other; leave page out");
        }
        AssignmentCursor cursor = AssignmentCursor.decode(query.after());
        if (cursor.order() != order) {
            throw InvalidCursorException.mismatched(
                    "continues the order " + cursor.order() + ", not " + order + "; keep the sort of its list");
        }
        return cursor;
    }

    @SuppressWarnings("unchecked")
    private static List<Assignment> rows(String sql, Map<String, Object> params) {
        Query query = Assignment.getEntityManager().createNativeQuery(sql, Assignment.class);
        params.forEach(query::setParameter);
        // read, never written: no snapshot of each row for the commit's dirty check
        query.setHint(HibernateHints.HINT_READ_ONLY, true);
        return query.getResultList();
    }

    private static Object single(String sql, Map<String, Object> params) {
        Query query = Assignment.getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getSingleResult();
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
}
