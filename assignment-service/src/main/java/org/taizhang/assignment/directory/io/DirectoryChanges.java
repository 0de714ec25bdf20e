package org.taizhang.assignment.directory.io;

import java.util.List;

/**
 * What importing a file does to the directory: the units to create, parents before children so that every insert finds
 * its parent; the units to update; how many stay as they are. Or, when {@code errors} is not empty, nothing at all.
 */
public record DirectoryChanges(
        List<DirectoryRow> creates, List<DirectoryRow> updates, int unchanged, List<RowError> errors) {

    public DirectoryChanges {
        creates = List.copyOf(creates);
        updates = List.copyOf(updates);
        errors = List.copyOf(errors);
    }

    static DirectoryChanges rejected(List<RowError> errors) {
        return new DirectoryChanges(List.of(), List.of(), 0, errors);
    }

    public boolean isRejected() {
        return !errors.isEmpty();
    }
}
