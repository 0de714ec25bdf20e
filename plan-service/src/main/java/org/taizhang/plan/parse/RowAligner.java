package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a row's cells under the right columns. Rows usually line up with the header; rows extracted from PDFs often
 * lose an empty cell so that everything after it slides one column left. Such a row is re-aligned by content: an
 * order-preserving assignment of its non-empty cells to columns that fits each cell's kind best.
 */
final class RowAligner {

    /** Where each cell of a row went: {@code roles.get(i)} is the role of {@code cells.get(i)}, null if none. */
    record Alignment(List<String> cells, List<ColumnRole> roles, boolean shifted) {}

    private static final double SKIP_CELL = -4;

    private RowAligner() {}

    /** Aligns {@code cells} (with their kinds) to {@code columns}; {@code offset} tries cells shifted right first. */
    static Alignment align(List<String> cells, List<CellKind> kinds, List<ColumnRole> columns, int offset) {
        if (fitsAt(kinds, columns, 0)) {
            return positional(cells, columns, 0);
        }
        if (offset > 0 && fitsAt(kinds, columns, offset)) {
            return positional(cells, columns, offset);
        }
        return byContent(cells, kinds, columns);
    }

    private static boolean fitsAt(List<CellKind> kinds, List<ColumnRole> columns, int offset) {
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == CellKind.EMPTY) {
                continue;
            }
            int column = i + offset;
            if (column >= columns.size() || kinds.get(i).fit(columns.get(column)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Alignment positional(List<String> cells, List<ColumnRole> columns, int offset) {
        List<ColumnRole> roles = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            roles.add(i + offset < columns.size() ? columns.get(i + offset) : null);
        }
        return new Alignment(cells, roles, false);
    }

    private static Alignment byContent(List<String> cells, List<CellKind> kinds, List<ColumnRole> columns) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (kinds.get(i) != CellKind.EMPTY) {
                filled.add(i);
            }
        }
        int n = filled.size();
        int m = columns.size();
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            best[i][0] = best[i - 1][0] + SKIP_CELL;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double assign =
                        best[i - 1][j - 1] + kinds.get(filled.get(i - 1)).fit(columns.get(j - 1));
                best[i][j] = Math.max(assign, Math.max(best[i][j - 1], best[i - 1][j] + SKIP_CELL));
            }
        }
        List<ColumnRole> roles = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            roles.add(null);
        }
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            double assign = best[i - 1][j - 1] + kinds.get(filled.get(i - 1)).fit(columns.get(j - 1));
            if (best[i][j] == assign) {
                roles.set(filled.get(i - 1), columns.get(j - 1));
                i--;
                j--;
            } else if (best[i][j] == best[i][j - 1]) {
                j--;
            } else {
                i--;
            }
        }
        return new Alignment(cells, roles, true);
    }
}
