package org.taizhang.assignment.directory.io;

/**
 * What is wrong with a row of a directory file: {@code row} is the number the spreadsheet shows (0 for the file as a
 * whole), {@code column} the field name of the cell ({@code regionCode}), or null when no one cell is at fault.
 */
public record RowError(int row, String column, String message) {

    /** An error of the whole file: empty, unreadable, without header, too long. */
    public static RowError file(String message) {
        return new RowError(0, null, message);
    }

    /** The error's path as a problem detail names it: {@code file}, {@code rows[7]} or {@code rows[7].regionCode}. */
    public String field() {
        if (row <= 0) {
            return "file";
        }
        return "rows[" + row + "]" + (column == null ? "" : "." + column);
    }
}
