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
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.AuditEntry;
import org.taizhang.assignment.entity.ProgressReport;

/**
 * Writes what a group of reports changed with one JDBC batch per table, in the caller's transaction: new reports and
 * audit rows (only ever inserted) and the assignments' moved state. None of it needs the persistence context's
 * tracking, which for a batch of a thousand cost more than the statements themselves.
 */
@ApplicationScoped
public class ReportRows {

    private static final String INSERT_REPORT = "INSERT INTO progress_report (id, assignment_id, reporter,"
            + " reported_via, client_report_id, fingerprint, previous_status, status, summary, percent, evidence,"
            + " reported_at, received_at, applied, evidence_files)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_AUDIT = "INSERT INTO assignment_audit"
            + " (id, assignment_id, at, actor, action, before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private static final String UPDATE_ASSIGNMENT = "UPDATE assignment SET status = ?, percent = ?, last_summary = ?,"
            + " last_report_at = ?, latest_reported_at = ?, completed_at = ?, updated_at = ? WHERE id = ?";

    private final AgroalDataSource dataSource;
    private final EntityManager entityManager;

    public ReportRows(AgroalDataSource dataSource, EntityManager entityManager) {
        this.dataSource = dataSource;
        this.entityManager = entityManager;
    }

    /**
     * Writes the state reports moved (status, percent, summary, times) of assignments locked by the caller, then takes
     * them out of Hibernate's flush, which would otherwise write the same row again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void update(Collection<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(UPDATE_ASSIGNMENT)) {
            for (Assignment a : assignments) {
                update.setString(1, a.status.name());
                update.setObject(2, a.percent, Types.SMALLINT);
                update.setString(3, a.lastSummary);
                update.setObject(4, timestamp(a.lastReportAt));
                update.setObject(5, timestamp(a.latestReportedAt));
                update.setObject(6, timestamp(a.completedAt));
                update.setObject(7, timestamp(a.updatedAt));
                update.setObject(8, a.id);
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update " + assignments.size() + " assignments", e);
        }
        Session session = entityManager.unwrap(Session.class);
        assignments.forEach(a -> session.setReadOnly(a, true));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<ProgressReport> reports, List<AuditEntry> audits) {
        if (reports.isEmpty() && audits.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            insertReports(connection, reports);
            insertAudits(connection, audits);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write " + reports.size() + " progress reports", e);
        }
    }

    private static void insertReports(Connection connection, List<ProgressReport> reports) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REPORT)) {
            for (ProgressReport r : reports) {
                insert.setObject(1, r.id);
                insert.setObject(2, r.assignmentId);
                insert.setString(3, r.reporter);
                insert.setString(4, r.reportedVia.name());
                insert.setString(5, r.clientReportId);
                insert.setString(6, r.fingerprint);
                insert.setString(7, r.previousStatus.name());
                insert.setString(8, r.status.name());
                insert.setString(9, r.summary);
                insert.setObject(10, r.percent, Types.SMALLINT);
                insert.setArray(11, connection.createArrayOf("text", r.evidence));
                insert.setObject(12, timestamp(r.reportedAt));
                insert.setObject(13, timestamp(r.receivedAt));
                insert.setBoolean(14, r.applied);
                insert.setArray(15, connection.createArrayOf("uuid", r.evidenceFiles));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void insertAudits(Connection connection, List<AuditEntry> audits) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_AUDIT)) {
            for (AuditEntry a : audits) {
                insert.setObject(1, a.id);
                insert.setObject(2, a.assignmentId);
                insert.setObject(3, timestamp(a.at));
                insert.setString(4, a.actor);
                insert.setString(5, a.action.name());
                insert.setString(6, a.before);
                insert.setString(7, a.after);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
