package org.taizhang.assignment.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.taizhang.assignment.entity.ProgressBatch;
import org.taizhang.assignment.entity.ProgressBatchItem;
import org.taizhang.assignment.progress.Reporter;

/**
 * The log of pushed batches: each batch with the outcome of every report, written in the transaction that applies the
 * reports (so a batch is logged exactly when its reports are), and read back newest first for the console.
 */
@ApplicationScoped
public class BatchLog {

    private static final String INSERT_BATCH = "INSERT INTO progress_batch (id, reporter, reported_via, unit_id,"
            + " region, received_at, reports, accepted, duplicates, rejected) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_ITEM = "INSERT INTO progress_batch_item (batch_id, position, report_id,"
            + " outcome, code, reason, assignment_id, plan_id, task_number, unit_name)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final AgroalDataSource dataSource;

    public BatchLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Logs a batch whose reports were just recorded in this transaction; returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(List<BatchEntry> entries, List<ReportOutcome> outcomes, Reporter reporter, Instant receivedAt) {
        ProgressBatch batch = new ProgressBatch();
        batch.id = UUID.randomUUID();
        batch.reporter = reporter.subject();
        batch.reportedVia = reporter.via();
        batch.unitId = reporter.unitId();
        batch.region = reporter.region();
        batch.receivedAt = receivedAt;
        batch.reports = outcomes.size();
        batch.accepted = count(outcomes, ReportOutcome.Outcome.ACCEPTED);
        batch.duplicates = count(outcomes, ReportOutcome.Outcome.DUPLICATE);
        batch.rejected = count(outcomes, ReportOutcome.Outcome.REJECTED);
        try (Connection connection = dataSource.getConnection()) {
            insertBatch(connection, batch);
            insertItems(connection, BatchLogItems.of(batch.id, entries, outcomes));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot log batch of " + entries.size() + " reports", e);
        }
        return batch.id;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BatchPage list(BatchQuery query) {
        Map<String, Object> params = new HashMap<>();
        StringJoiner where =
                new StringJoiner(" and ", "from ProgressBatch b where ", " order by b.receivedAt desc, b.id desc");
        where.add("1 = 1");
        if (query.reporter() != null) {
            where.add("b.reporter = :reporter");
            params.put("reporter", query.reporter());
        }
        if (query.unitId() != null) {
            where.add("b.unitId = :unit");
            params.put("unit", query.unitId());
        }
        if (query.since() != null) {
            where.add("b.receivedAt >= :since");
            params.put("since", query.since());
        }
        var found =
                ProgressBatch.<ProgressBatch>find(where.toString(), params).page(Page.of(query.page(), query.size()));
        return new BatchPage(found.list(), query.page(), query.size(), found.count());
    }

    /** The batch with its reports' outcomes, if the scope (a query's reporter and unit) covers it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LoggedBatch get(UUID id, BatchQuery scope) {
        ProgressBatch batch = ProgressBatch.findById(id);
        if (batch == null || !scope.covers(batch)) {
            throw new BatchNotFoundException(id);
        }
        List<ProgressBatchItem> items = ProgressBatchItem.list("batchId = ?1 order by position", id);
        return new LoggedBatch(batch, items);
    }

    private static void insertBatch(Connection connection, ProgressBatch b) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_BATCH)) {
            insert.setObject(1, b.id);
            insert.setString(2, b.reporter);
            insert.setString(3, b.reportedVia.name());
            insert.setString(4, b.unitId);
            insert.setString(5, b.region);
            insert.setObject(6, b.receivedAt.atOffset(ZoneOffset.UTC));
            insert.setInt(7, b.reports);
            insert.setInt(8, b.accepted);
            insert.setInt(9, b.duplicates);
            insert.setInt(10, b.rejected);
            insert.executeUpdate();
        }
    }

    private static void insertItems(Connection connection, List<ProgressBatchItem> items) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ITEM)) {
            for (ProgressBatchItem i : items) {
                insert.setObject(1, i.batchId);
                insert.setInt(2, i.position);
                insert.setString(3, i.reportId);
                insert.setString(4, i.outcome.name());
                insert.setString(5, i.code);
                insert.setString(6, i.reason);
                insert.setObject(7, i.assignmentId);
                insert.setString(8, i.planId);
                insert.setString(9, i.taskNumber);
                insert.setString(10, i.unitName);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static int count(List<ReportOutcome> outcomes, ReportOutcome.Outcome outcome) {
        return (int) outcomes.stream().filter(o -> o.outcome() == outcome).count();
    }
}
