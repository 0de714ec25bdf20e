package org.taizhang.assignment.directory.io;

import java.util.List;
import java.util.Set;

/**
 * What a directory file holds: the rows that read cleanly, each with the row number it came from; every id the file
 * names, rows in error included (so that a child of a bad row is not also reported for an unknown parent); and every
 * error found, in row order.
 */
public record DirectoryTable(List<Line> lines, Set<String> ids, List<RowError> errors) {

    /** A row that read cleanly, and where it is in the file. */
    public record Line(int row, DirectoryRow unit) {}

    public DirectoryTable {
        lines = List.copyOf(lines);
        ids = Set.copyOf(ids);
        errors = List.copyOf(errors);
    }

    static DirectoryTable failed(List<RowError> errors) {
        return new DirectoryTable(List.of(), Set.of(), errors);
    }

    public List<DirectoryRow> rows() {
        return lines.stream().map(Line::unit).toList();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
