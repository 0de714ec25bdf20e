package org.taizhang.platform.persistence;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a database that is briefly unreachable (restarted, shutting down, out of connections) from a failure that
 * would happen again: only the first is worth retrying, and only it must never park an event as undeliverable.
 */
public final class TransientFailures {

    /** SQLSTATE classes and codes PostgreSQL and its driver use for a connection that went away or never came. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57");

    private static final Set<String> TRANSIENT_CODES = Set.of("40001", "40P01");

    private TransientFailures() {}

    /** True when some cause of {@code failure} says the database could not be reached or asked for a retry. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // The pool's own timeout when every connection is broken or in use carries no state.
            return sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        return TRANSIENT_CODES.contains(state)
                || (state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2)));
    }
}
