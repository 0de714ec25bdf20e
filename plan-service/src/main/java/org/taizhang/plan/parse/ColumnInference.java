package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Works out column roles from content when a table has no header: the usual kind of each column decides. */
final class ColumnInference {

    private ColumnInference() {}

    /** Roles for the columns of {@code rows} (cells already classified), or an empty list when nothing fits. */
    static List<ColumnRole> infer(List<List<CellKind>> rows) {
        int width = rows.stream()
                .mapToInt(r -> (int) r.stream().filter(k -> k != CellKind.EMPTY).count())
                .max()
                .orElse(0);
        List<List<CellKind>> full = rows.stream()
                .filter(r -> r.stream().filter(k -> k != CellKind.EMPTY).count() == width)
                .toList();
        int columns = full.stream().mapToInt(List::size).max().orElse(0);
        List<CellKind> dominant = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            dominant.add(dominantKind(full, c));
        }
        return roles(dominant);
    }

    private static CellKind dominantKind(List<List<CellKind>> rows, int column) {
        Map<CellKind, Integer> counts = new EnumMap<>(CellKind.class);
        for (List<CellKind> row : rows) {
            CellKind kind = column < row.size() ? row.get(column) : CellKind.EMPTY;
            counts.merge(kind == CellKind.NUMBERED_TEXT ? CellKind.TEXT : kind, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(CellKind.EMPTY);
    }

    private static List<ColumnRole> roles(List<CellKind> dominant) {
        long unitColumns = dominant.stream().filter(k -> k == CellKind.UNITS).count();
        List<ColumnRole> roles = new ArrayList<>();
        int texts = 0;
        int units = 0;
        boolean deadline = false;
        for (CellKind kind : dominant) {
            ColumnRole role = switch (kind) {
                case NUMBER -> ColumnRole.NUMBER;
                case SECTION -> ColumnRole.SECTION;
                case TEXT -> texts++ == 0 ? ColumnRole.TITLE : texts == 2 ? ColumnRole.REQUIREMENT : ColumnRole.STATUS;
                case UNITS -> unitRole(units++, unitColumns);
                case DEADLINE -> deadline ? ColumnRole.STATUS : ColumnRole.DEADLINE;
                case STATUS -> ColumnRole.STATUS;
                default -> ColumnRole.IGNORE;
            };
            deadline |= role == ColumnRole.DEADLINE;
            roles.add(role);
        }
        return roles;
    }

    private static ColumnRole unitRole(int position, long unitColumns) {
        if (unitColumns == 1) {
            return ColumnRole.RESPONSIBLE;
        }
        return position == 0 ? ColumnRole.LEAD : position == 1 ? ColumnRole.RESPONSIBLE : ColumnRole.SUPPORTING;
    }
}
