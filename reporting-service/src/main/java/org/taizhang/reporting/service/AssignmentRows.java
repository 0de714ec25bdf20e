package org.taizhang.reporting.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;
import org.taizhang.reporting.entity.Assignment;

/**
 * The rows {@link AssignmentProjection} reads before it writes, for a whole poll in one query per table, assignments
 * locked in id order, so that applying the poll asks nothing more of the database; the poll's new rows go in
 * afterwards with one batch.
 */
final class AssignmentRows {

    // Ids go in as one array rather than an IN list: the same statement, and Hibernate translation, for every poll
    // size.
    private static final String LOCK_ASSIGNMENTS =
            "select * from assignment where assignment_id = any(:ids) order by assignment_id for no key update";

    private static final String INSERT = "INSERT INTO assignment (assignment_id, plan_id, task_id, task_number,"
            + " task_title, unit_id, unit_name, region_code, role, deadline_raw, deadline_kind, due_date, cadence, status,"
            + " created, assigned_at, completed_at, last_report_at, cancelled_at, report_times, reminders, urgings)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Map<String, Assignment> assignments;
    private final Set<String> reports;
    private final Set<String> reminders;
    private final List<Assignment> fresh = new ArrayList<>();

    private AssignmentRows(Map<String, Assignment> assignments, Set<String> reports, Set<String> reminders) {
        this.assignments = assignments;
        this.reports = reports;
        this.reminders = reminders;
    }

    /** The rows of a poll's events, read now: what the poll needs is in {@code needs}. */
    static AssignmentRows lockedFor(PollNeeds needs) {
        Map<String, Assignment> assignments = new HashMap<>();
        if (!needs.assignmentIds().isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Assignment> locked = Assignment.getEntityManager()
                    .createNativeQuery(LOCK_ASSIGNMENTS, Assignment.class)
                    .setParameter("ids", needs.assignmentIds().toArray(String[]::new))
                    .getResultList();
            locked.forEach(a -> assignments.put(a.assignmentId, a));
        }
        return new AssignmentRows(
                assignments,
                existing("select report_id from progress_report where report_id = any(:ids)", needs.reportIds()),
                existing("select reminder_id from reminder where reminder_id = any(:ids)", needs.reminderIds()));
    }

    /** The assignment's row, null when there is none yet. */
    Assignment assignment(String assignmentId) {
        return assignments.get(assignmentId);
    }

    /** The assignment's row, else a stub keyed by its id that its AssignmentCreated completes. */
    Assignment assignmentOrStub(String assignmentId, String planId, String taskId, String unitId) {
        Assignment a = assignment(assignmentId);
        return a != null ? a : stub(assignmentId, planId, taskId, unitId);
    }

    private Assignment stub(String assignmentId, String planId, String taskId, String unitId) {
        Assignment a = unsavedStub(assignmentId, planId, taskId, unitId);
        keep(a);
        return a;
    }

    /**
     * A stub not persisted yet, for a caller that fills it in first and then {@link #keep keeps} it: fields set after
     * persist() cost a second statement (an UPDATE) for the row.
     */
    static Assignment unsavedStub(String assignmentId, String planId, String taskId, String unitId) {
        Assignment a = new Assignment();
        a.assignmentId = assignmentId;
        a.planId = Objects.requireNonNullElse(planId, "");
        a.taskId = Objects.requireNonNullElse(taskId, "");
        a.unitId = Objects.requireNonNullElse(unitId, "");
        return a;
    }

    /**
     * Keeps a row made by {@link #unsavedStub}; later events of the poll find it, and {@link #insertNew} inserts it with
     * what they made of it.
     */
    void keep(Assignment a) {
        assignments.put(a.assignmentId, a);
        fresh.add(a);
    }

    /**
     * Inserts the poll's new rows with one JDBC batch, once its events are applied: a fan-out's thousands of new rows as
     * entities cost a persist, a flush and a dirty check each, a third of this service's time. The read model has no
     * foreign keys, so when they go in within the transaction does not matter.
     */
    void insertNew() {
        if (fresh.isEmpty()) {
            return;
        }
        Assignment.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Assignment a : fresh) {
                    bind(connection, insert, a);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        fresh.clear();
    }

    private static void bind(Connection connection, PreparedStatement insert, Assignment a) throws SQLException {
        insert.setString(1, a.assignmentId);
        insert.setString(2, a.planId);
        insert.setString(3, a.taskId);
        insert.setString(4, a.taskNumber);
        insert.setString(5, a.taskTitle);
        insert.setString(6, a.unitId);
        insert.setString(7, a.unitName);
        insert.setString(8, a.regionCode);
        insert.setString(9, name(a.role));
        insert.setString(10, a.deadline.raw);
        insert.setString(11, name(a.deadline.kind));
        insert.setObject(12, a.deadline.dueDate, Types.DATE);
        insert.setString(13, name(a.deadline.cadence));
        insert.setString(14, name(a.status));
        insert.setBoolean(15, a.created);
        insert.setObject(16, timestamp(a.assignedAt));
        insert.setObject(17, timestamp(a.completedAt));
        insert.setObject(18, timestamp(a.lastReportAt));
        insert.setObject(19, timestamp(a.cancelledAt));
        insert.setArray(
                20,
                connection.createArrayOf(
                        "timestamptz",
                        a.reportTimes.stream().map(t -> timestamp(t).toString()).toArray(String[]::new)));
        insert.setInt(21, a.reminders);
        insert.setInt(22, a.urgings);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** True, once, for a report id not stored yet; the caller stores it. */
    boolean newReport(String reportId) {
        return reports.add(reportId);
    }

    /** True, once, for a reminder id not stored yet; the caller stores it. */
    boolean newReminder(String reminderId) {
        return reminders.add(reminderId);
    }

    private static Set<String> existing(String query, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        if (!ids.isEmpty()) {
            List<?> rows = Assignment.getEntityManager()
                    .createNativeQuery(query)
                    .setParameter("ids", ids.toArray(String[]::new))
                    .getResultList();
            rows.forEach(id -> found.add((String) id));
        }
        return found;
    }
}
