package org.taizhang.reporting.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * PostgreSQL advisory locks, held to the end of the transaction, that keep a rebuild and the live channels apart
 * across every replica: each live event takes the apply lock shared, a rebuild takes it exclusively, so live events
 * wait while the tables are refilled and then carry on (the inbox skips what the rebuild already applied).
 */
@ApplicationScoped
public class ApplyLock {

    private static final long APPLY = 0x7A52_5031L;
    private static final long REBUILD = 0x7A52_5032L;

    private final AgroalDataSource dataSource;

    public ApplyLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void shared() {
        lock("SELECT pg_advisory_xact_lock_shared(?)", APPLY);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void exclusive() {
        lock("SELECT pg_advisory_xact_lock(?)", APPLY);
    }

    /** Claims the one rebuild that may run at a time; false when another is running. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryRebuild() {
        return lock("SELECT pg_try_advisory_xact_lock(?)", REBUILD);
    }

    /** Runs a lock function in the transaction's connection; true unless it answered false. */
    private boolean lock(String sql, long key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return !result.next() || !(result.getObject(1) instanceof Boolean answer) || answer;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take advisory lock " + key, e);
        }
    }
}
