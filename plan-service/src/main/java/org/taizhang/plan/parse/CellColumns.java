package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;

/** Lays a cell sequence out under columns: each cell goes to the next column after the last one that its kind fits. */
final class CellColumns {

    /** The columns assumed when a cell sequence has no header. */
    static final List<ColumnRole> DEFAULT =
            List.of(ColumnRole.TITLE, ColumnRole.REQUIREMENT, ColumnRole.RESPONSIBLE, ColumnRole.DEADLINE);

    private final List<ColumnRole> columns;
    private final boolean numbered;
    private final List<String> headerKeys;
    private final List<List<String>> rows = new ArrayList<>();
    private String[] row;
    private int last = -1;

    CellColumns(List<ColumnRole> columns, boolean numbered, List<String> header) {
        this.columns = columns;
        this.numbered = numbered;
        this.headerKeys = header.stream().map(SectionHeadings::key).toList();
    }

    static List<ColumnRole> withNumber(List<ColumnRole> columns) {
        List<ColumnRole> numbered = new ArrayList<>();
        numbered.add(ColumnRole.NUMBER);
        numbered.addAll(columns);
        return List.copyOf(numbered);
    }

    List<List<String>> rows(List<String> cells, List<CellKind> kinds) {
        for (int i = 0; i < cells.size(); i++) {
            int repeated = repeatedHeader(cells, i);
            if (repeated > 0) {
                i += repeated - 1;
                continue;
            }
            add(cells.get(i), kinds.get(i));
        }
        flush();
        return rows;
    }

    private void add(String cell, CellKind kind) {
        if (kind == CellKind.SECTION) {
            flush();
            rows.add(List.of(cell));
            return;
        }
        int next = nextColumn(kind, last);
        boolean startsRow = row == null || (numbered ? startsNumberedRow(kind) : next < 0 && nextColumn(kind, -1) >= 0);
        if (startsRow) {
            flush();
            row = new String[columns.size()];
            next = nextColumn(kind, -1);
        }
        if (next < 0) {
            joinToBestColumn(cell, kind);
            return;
        }
        row[next] = cell;
        last = next;
    }

    private boolean startsNumberedRow(CellKind kind) {
        if (kind == CellKind.NUMBER) {
            return true;
        }
        // 1 | 1.做好…: a number column before numbered task text is one row
        return kind == CellKind.NUMBERED_TEXT && !(last >= 0 && columns.get(last) == ColumnRole.NUMBER);
    }

    /** The first column after {@code after} that a cell of this kind fits, -1 when none. */
    private int nextColumn(CellKind kind, int after) {
        for (int c = after + 1; c < columns.size(); c++) {
            if (kind.fit(columns.get(c)) > 0) {
                return c;
            }
        }
        return -1;
    }

    /** A cell with no free column left joins the filled column its kind fits best (a wrapped line, a second unit list). */
    private void joinToBestColumn(String cell, CellKind kind) {
        int best = -1;
        for (int c = 0; c < columns.size(); c++) {
            if (row[c] != null && (best < 0 || kind.fit(columns.get(c)) > kind.fit(columns.get(best)))) {
                best = c;
            }
        }
        if (best < 0) {
            best = Math.max(0, last);
            row[best] = cell;
            return;
        }
        String joiner = columns.get(best).isUnits() ? "，" : "";
        row[best] = row[best] == null ? cell : row[best] + joiner + cell;
    }

    private int repeatedHeader(List<String> cells, int i) {
        if (headerKeys.size() < 2 || i + headerKeys.size() > cells.size()) {
            return 0;
        }
        for (int k = 0; k < headerKeys.size(); k++) {
            if (!SectionHeadings.key(cells.get(i + k)).equals(headerKeys.get(k))) {
                return 0;
            }
        }
        return headerKeys.size();
    }

    private void flush() {
        if (row != null) {
            List<String> cells = new ArrayList<>(row.length);
            for (String cell : row) {
                cells.add(cell == null ? "" : cell);
            }
            rows.add(cells);
        }
        row = null;
        last = -1;
    }
}
