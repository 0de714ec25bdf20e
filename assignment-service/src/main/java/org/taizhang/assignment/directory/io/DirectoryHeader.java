package org.taizhang.assignment.directory.io;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a directory file and the position of each column in it. Title rows above the header (宣城市单位名录)
 * and columns the directory does not know (序号, 备注) are allowed, so the header is searched for by its names.
 */
final class DirectoryHeader {

    private static final int SEARCHED_ROWS = 10;

    private final int index;
    private final SheetRow row;
    private final Map<DirectoryColumn, List<Integer>> positions;

    private DirectoryHeader(int index, SheetRow row, Map<DirectoryColumn, List<Integer>> positions) {
        this.index = index;
        this.row = row;
        this.positions = positions;
    }

    /** The first of the first non-blank rows naming at least two columns, id or name among them. */
    static Optional<DirectoryHeader> find(List<SheetRow> rows) {
        int seen = 0;
        for (int i = 0; i < rows.size() && seen < SEARCHED_ROWS; i++) {
            SheetRow candidate = rows.get(i);
            if (candidate.isBlank()) {
                continue;
            }
            seen++;
            Map<DirectoryColumn, List<Integer>> found = columns(candidate);
            if (found.size() >= 2
                    && (found.containsKey(DirectoryColumn.ID) || found.containsKey(DirectoryColumn.NAME))) {
                return Optional.of(new DirectoryHeader(i, candidate, found));
            }
        }
        return Optional.empty();
    }

    /** Position of the header in the rows read, so that data starts right after it. */
    int index() {
        return index;
    }

    /** Required columns the header lacks and columns it names twice; each would make every row wrong. */
    List<RowError> errors() {
        List<RowError> errors = new ArrayList<>();
        for (DirectoryColumn column : DirectoryColumn.values()) {
            List<Integer> at = positions.getOrDefault(column, List.of());
            if (at.isEmpty() && column.required()) {
                errors.add(new RowError(
                        row.row(),
                        column.field(),
                        "表头缺少“" + column.label() + "”列 (the header has no " + column.field() + " column)"));
            } else if (at.size() > 1) {
                errors.add(new RowError(
                        row.row(),
                        column.field(),
                        "表头中有" + at.size() + "列都是“" + column.label() + "” (" + column.field() + " is named by "
                                + at.size() + " columns)"));
            }
        }
        return errors;
    }

    /** The cleaned cell of {@code column} in a data row; empty when the file has no such column. */
    String cell(SheetRow data, DirectoryColumn column) {
        List<Integer> at = positions.get(column);
        return at == null ? "" : CellText.clean(data.cell(at.get(0)));
    }

    /** Whether every cell of a data row under a known column is blank (a row holding only 序号 or 备注 is no unit). */
    boolean isBlank(SheetRow data) {
        return positions.keySet().stream().allMatch(column -> cell(data, column).isEmpty());
    }

    private static Map<DirectoryColumn, List<Integer>> columns(SheetRow row) {
        Map<DirectoryColumn, List<Integer>> found = new EnumMap<>(DirectoryColumn.class);
        for (int c = 0; c < row.cells().size(); c++) {
            int position = c;
            DirectoryColumn.ofHeader(row.cell(c))
                    .ifPresent(column -> found.computeIfAbsent(column, k -> new ArrayList<>())
                            .add(position));
        }
        return found;
    }
}
