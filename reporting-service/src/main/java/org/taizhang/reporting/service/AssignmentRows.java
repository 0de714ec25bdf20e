package org.taizhang.reporting.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.taizhang.reporting.entity.Assignment;
import org.taizhang.reporting.entity.ProgressReport;
import org.taizhang.reporting.entity.Reminder;

/**
 * The rows {@link AssignmentProjection} reads before it writes: looked up one at a time (a rebuild, which must not flush
 * per event), or for a whole poll in one query per table, assignments locked in id order, so that applying the poll
 * asks nothing more of the database.
 */
final class AssignmentRows {

    // Ids go in as one array rather than an IN list: the same statement, and Hibernate translation, for every poll
    // size.
    private static final String LOCK_ASSIGNMENTS =
            "select * from assignment where assignment_id = any(:ids) order by assignment_id for no key update";

    private final Map<String, Assignment> assignments;
    private final Set<String> reports;
    private final Set<String> reminders;

    private AssignmentRows(Map<String, Assignment> assignments, Set<String> reports, Set<String> reminders) {
        this.assignments = assignments;
        this.reports = reports;
        this.reminders = reminders;
    }

    /** Each row looked up when asked for. */
    static AssignmentRows oneByOne() {
        return new AssignmentRows(null, null, null);
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
        return assignments == null ? Assignment.findById(assignmentId) : assignments.get(assignmentId);
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

    /** Persists a row made by {@link #unsavedStub}; later events of the poll find it. */
    void keep(Assignment a) {
        a.persist();
        if (assignments != null) {
            assignments.put(a.assignmentId, a);
        }
    }

    /** True, once, for a report id not stored yet; the caller stores it. */
    boolean newReport(String reportId) {
        return reports == null ? ProgressReport.findById(reportId) == null : reports.add(reportId);
    }

    /** True, once, for a reminder id not stored yet; the caller stores it. */
    boolean newReminder(String reminderId) {
        return reminders == null ? Reminder.findById(reminderId) == null : reminders.add(reminderId);
    }

    private static Set<String> existing(String query, Collection<String> ids) {
        Set<String> found = new HashSet<>();
        if (!ids.isEmpty()) {
            List<?> rows = Assignment.getEntityManager()
                    .createNativeQuery(query, String.class)
                    .setParameter("ids", ids.toArray(String[]::new))
                    .getResultList();
            rows.forEach(id -> found.add((String) id));
        }
        return found;
    }
}
