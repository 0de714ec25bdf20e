package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reporting.compute.AssessedWork;
import org.taizhang.reporting.compute.WorkCounts;
import org.taizhang.reporting.model.AssignmentFacts;

/**
 * Reads a year's work for scoring where it is stored: a province's 2,000,000 assignments are counted per unit in
 * PostgreSQL (the date rules of {@link org.taizhang.reporting.compute.ScorecardCalculator#add}, held to it by
 * ScorecardCountsTest) once for every day, and only periodic work, judged by its report times, comes to the service an assignment at a
 * time. Report times and reminder counts are kept on each assignment as its events are applied (AssignmentProjection).
 */
@ApplicationScoped
public class ScorecardReads {

    private static final String PERIODIC = Stream.of(DeadlineKind.ONGOING, DeadlineKind.PERIODIC)
            .map(kind -> "'" + kind.name() + "'")
            .collect(Collectors.joining(", "));
    private static final String LIVE_OF_YEAR = " from assignment a where a.plan_id in"
            + " (select p.plan_id from plan p where p.year = ?) and a.created and a.cancelled_at is null";
    // Supporting work is not assessed (a null role is); a completion is late when its day in the reporting zone is
    // after the fixed due date; open work is overdue once its fixed due date is before the day judged.
    private static final String ASSESSED = "a.role is distinct from 'SUPPORTING'";
    private static final String LATE = "a.deadline_kind = 'FIXED' and a.due_date is not null and a.completed_at is not"
            + " null and (a.completed_at at time zone ?)::date > a.due_date";
    // Open fixed work is overdue once its due date is before the day judged: counted per due date, any day's overdue
    // count is a sum (UnitWork). Grouped by region as well, so that a region's scorecards keep a unit with work in it.
    private static final String OPEN_DUE = "case when " + ASSESSED + " and a.status <> 'COMPLETED'"
            + " and a.deadline_kind = 'FIXED' then a.due_date end";
    private static final String COUNTS = "select a.unit_id, a.region_code, " + OPEN_DUE + ","
            + " min(a.unit_name) filter (where " + ASSESSED + "),"
            + " count(*) filter (where " + ASSESSED + "),"
            + " count(*) filter (where " + ASSESSED + " and a.status = 'COMPLETED' and not (" + LATE + ")),"
            + " count(*) filter (where " + ASSESSED + " and a.status = 'COMPLETED' and (" + LATE + ")),"
            + " count(*) filter (where " + OPEN_DUE + " is not null),"
            + " coalesce(sum(a.reminders) filter (where " + ASSESSED + "), 0),"
            + " coalesce(sum(a.urgings) filter (where " + ASSESSED + "), 0)"
            + LIVE_OF_YEAR + " group by a.unit_id, a.region_code, 3";
    private static final String PERIODIC_WORK = "select a.assignment_id, a.unit_id, a.unit_name, a.region_code,"
            + " a.role, a.status, a.deadline_kind, a.due_date, a.cadence, a.assigned_at, a.completed_at,"
            + " a.report_times, a.reminders, a.urgings" + LIVE_OF_YEAR + " and a.deadline_kind in (" + PERIODIC + ")"
            + " and " + ASSESSED;
    // Rows in flight per round trip: a few megabytes of heap.
    private static final int FETCH_SIZE = 5_000;

    private final EntityManager entityManager;

    public ScorecardReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Hands the year's live work counted per unit, region and due date of its open fixed work to {@code each}: the
     * counts, whose overdue count is the open fixed work due on the date given (null for the rest of the work), by the
     * reporting zone's calendar. A province's 20,000 units with a dozen due dates each make some 260,000 groups: the
     * statement may hash them in {@code workMem} (PostgreSQL's default of 4 MB would spill most to disk).
     */
    @Transactional
    public void forEachCount(int year, ZoneId zone, String workMem, BiConsumer<WorkCounts, LocalDate> each) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement set = connection.prepareStatement("select set_config('work_mem', ?, true)")) {
                set.setString(1, workMem);
                set.execute();
            }
            try (PreparedStatement select = connection.prepareStatement(COUNTS)) {
                select.setFetchSize(FETCH_SIZE);
                select.setString(1, zone.getId());
                select.setString(2, zone.getId());
                select.setInt(3, year);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        each.accept(
                                new WorkCounts(
                                        rows.getString(1),
                                        rows.getString(2),
                                        rows.getString(4),
                                        rows.getInt(5),
                                        rows.getInt(6),
                                        rows.getInt(7),
                                        rows.getInt(8),
                                        rows.getInt(9),
                                        rows.getInt(10)),
                                rows.getObject(3, LocalDate.class));
                    }
                }
            }
        });
    }

    /**
     * Hands each live assessed assignment of periodic work in the year's plans to {@code each}, in no particular order.
     * A transaction of its own, since PostgreSQL fetches a statement's rows a batch at a time only inside one.
     */
    @Transactional
    public void forEachPeriodic(int year, Consumer<AssessedWork> each) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(PERIODIC_WORK)) {
                select.setFetchSize(FETCH_SIZE);
                select.setInt(1, year);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        each.accept(work(rows));
                    }
                }
            }
        });
    }

    private static AssessedWork work(ResultSet row) throws SQLException {
        AssignmentFacts assignment = new AssignmentFacts(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                value(row.getString(5), UnitRole::valueOf),
                value(row.getString(6), AssignmentStatus::valueOf),
                new Deadline(
                        null,
                        value(row.getString(7), DeadlineKind::valueOf),
                        row.getObject(8, LocalDate.class),
                        value(row.getString(9), Cadence::valueOf)),
                instant(row.getObject(10, OffsetDateTime.class)),
                instant(row.getObject(11, OffsetDateTime.class)),
                null);
        return new AssessedWork(assignment, times(row.getArray(12)), row.getInt(13), row.getInt(14));
    }

    private static List<Instant> times(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<Instant> times = new ArrayList<>(values.length);
        for (Object value : values) {
            times.add(((Timestamp) value).toInstant());
        }
        array.free();
        return times;
    }

    private static <T> T value(String text, Function<String, T> parse) {
        return text == null ? null : parse.apply(text);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
