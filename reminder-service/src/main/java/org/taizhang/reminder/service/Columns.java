package org.taizhang.reminder.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows gathered column by column, bound as one text array per column, for statements that take a whole batch through
 * {@code unnest(?::type[], …)}: one statement and one plan whatever the row count, where a JDBC batch executes once per
 * row. Values are bound as their {@code toString()} (ISO dates and instants, UUIDs, numbers), cast back in the SQL.
 */
final class Columns {

    private final List<List<String>> columns = new ArrayList<>();

    Columns(int count, int rows) {
        for (int i = 0; i < count; i++) {
            columns.add(new ArrayList<>(rows));
        }
    }

    /** One row, a value per column; null stays SQL NULL. */
    void add(Object... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException("Expected " + columns.size() + " values, got " + row.length);
        }
        for (int i = 0; i < row.length; i++) {
            columns.get(i).add(row[i] == null ? null : row[i].toString());
        }
    }

    /** Binds column i as parameter i + 1. */
    void bind(Connection connection, PreparedStatement statement) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            statement.setArray(
                    i + 1, connection.createArrayOf("text", columns.get(i).toArray()));
        }
    }
}
