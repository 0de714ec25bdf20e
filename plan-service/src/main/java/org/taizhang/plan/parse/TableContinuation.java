package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;

/** Joins a task table with the tables after it that have its width: editors split long tables at page breaks. */
final class TableContinuation {

    static final int MAX_ROWS = 20_000;

    private TableContinuation() {}

    /** The rows of {@code tables[first]} followed by those of every later table of the same width, up to the limit. */
    static List<List<String>> join(List<List<List<String>>> tables, int first) {
        List<List<String>> rows = new ArrayList<>(tables.get(first));
        int width = width(tables.get(first));
        for (int t = first + 1; t < tables.size() && rows.size() < MAX_ROWS; t++) {
            if (width(tables.get(t)) == width) {
                rows.addAll(tables.get(t));
            }
        }
        return rows.size() > MAX_ROWS ? new ArrayList<>(rows.subList(0, MAX_ROWS)) : rows;
    }

    /** Index of the first table holding any text, or -1. */
    static int firstFilled(List<List<List<String>>> tables) {
        for (int t = 0; t < tables.size(); t++) {
            if (filled(tables.get(t))) {
                return t;
            }
        }
        return -1;
    }

    static boolean filled(List<List<String>> table) {
        return table.stream().flatMap(List::stream).anyMatch(c -> !c.isBlank());
    }

    static int width(List<List<String>> table) {
        return table.stream().mapToInt(List::size).max().orElse(0);
    }
}
