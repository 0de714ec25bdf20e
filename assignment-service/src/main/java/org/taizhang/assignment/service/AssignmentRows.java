package org.taizhang.assignment.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.AuditEntry;

/**
 * Writes new assignments and their audit rows with one JDBC batch per table, in the caller's transaction. A province
 * task creates thousands at once, and two Hibernate entities for each (their persist, their flush, their dirty check
 * at every later flush of the transaction) cost assignment-service more than everything else of the fan-out. The
 * columns are the ones Hibernate wrote for {@link Assignment}, the columns a new assignment leaves empty included.
 */
@ApplicationScoped
public class AssignmentRows {

    private static final String INSERT_ASSIGNMENT = "INSERT INTO assignment (id, plan_id, task_id, task_number,"
            + " task_title, unit_id, unit_name, region_code, role, deadline_raw, deadline_kind, due_date, cadence,"
            + " status, last_report_at, latest_reported_at, percent, last_summary, completed_at, cancelled_at,"
            + " cancel_reason, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final AgroalDataSource dataSource;
    private final EntityManager entityManager;

    public AssignmentRows(AgroalDataSource dataSource, EntityManager entityManager) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
    }

    /**
     * Inserts the assignments, then their audit rows (which reference them). What the persistence context holds is
     * written first, so that the rows go in after everything the transaction did before, as a flush would order them.
     * The assignments stay outside the persistence context: nothing later in the transaction changes them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<Assignment> assignments, List<AuditEntry> audits) {
        if (assignments.isEmpty() && audits.isEmpty()) {
            return;
        }
        entityManager.flush();
        try (Connection connection = dataSource.getConnection()) {
            insertAssignments(connection, assignments);
            ReportRows.insertAudits(connection, audits);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write " + assignments.size() + " new assignments", e);
        }
    }

    private static void insertAssignments(Connection connection, List<Assignment> assignments) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ASSIGNMENT)) {
            for (Assignment a : assignments) {
                insert.setObject(1, a.id);
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
                insert.setObject(15, timestamp(a.lastReportAt));
                insert.setObject(16, timestamp(a.latestReportedAt));
                insert.setObject(17, a.percent, Types.SMALLINT);
                insert.setString(18, a.lastSummary);
                insert.setObject(19, timestamp(a.completedAt));
                insert.setObject(20, timestamp(a.cancelledAt));
                insert.setString(21, a.cancelReason);
                insert.setObject(22, timestamp(a.createdAt));
                insert.setObject(23, timestamp(a.updatedAt));
                insert.setLong(24, a.version);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
