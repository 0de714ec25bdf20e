package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a flat sequence of cells (one cell per line, no reliable row breaks: empty cells come and go) into rows by
 * content. Cells before the header are a preamble, each its own row; a section heading stands alone; in a numbered
 * table a number starts each row, otherwise a row ends when a cell can only belong to a column left of the last one.
 * Each row comes out laid under the header's columns, so that the parser reads it as written.
 */
final class CellSequence {

    private static final int HEADER_SEARCH_CELLS = 80;
    private static final int MAX_HEADER_WIDTH = 14;

    private CellSequence() {}

    static List<List<String>> rows(List<String> cells, CellClassifier classifier) {
        List<String> filled =
                cells.stream().filter(c -> c != null && !c.isBlank()).toList();
        if (filled.isEmpty()) {
            return List.of();
        }
        List<CellKind> kinds = filled.stream().map(classifier::kind).toList();
        int headerStart = headerStart(filled);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = List.of();
        if (headerStart >= 0) {
            for (int i = 0; i < headerStart; i++) {
                rows.add(List.of(filled.get(i)));
            }
            header = header(filled, headerStart);
        }
        int start = headerStart < 0 ? 0 : headerStart + header.size();
        boolean numbered = isNumbered(kinds.subList(start, kinds.size()));
        List<String> columnsHeader = new ArrayList<>(header);
        List<ColumnRole> columns = header.isEmpty() ? CellColumns.DEFAULT : roles(header);
        if (numbered && !columns.contains(ColumnRole.NUMBER)) {
            columns = CellColumns.withNumber(columns);
            if (!header.isEmpty()) {
                columnsHeader.add(0, "序号");
            }
        }
        if (!header.isEmpty()) {
            rows.add(columnsHeader);
        }
        rows.addAll(new CellColumns(columns, numbered, header)
                .rows(filled.subList(start, filled.size()), kinds.subList(start, kinds.size())));
        return rows;
    }

    /** The first of two header words in a row, within the first cells; -1 when the sequence has no header. */
    private static int headerStart(List<String> cells) {
        for (int i = 0; i + 1 < Math.min(HEADER_SEARCH_CELLS, cells.size()); i++) {
            if (HeaderVocabulary.isHeaderWord(cells.get(i)) && HeaderVocabulary.isHeaderWord(cells.get(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> header(List<String> cells, int start) {
        int end = start;
        while (end < cells.size() && end - start < MAX_HEADER_WIDTH && HeaderVocabulary.isHeaderWord(cells.get(end))) {
            end++;
        }
        return List.copyOf(cells.subList(start, end));
    }

    private static List<ColumnRole> roles(List<String> header) {
        List<ColumnRole> roles = HeaderVocabulary.header(header);
        if (roles != null) {
            return roles;
        }
        return header.stream()
                .map(h -> {
                    ColumnRole role = HeaderVocabulary.roleOf(h);
                    return role == null ? ColumnRole.IGNORE : role;
                })
                .toList();
    }

    /** Numbers start rows when there are about as many numbers as unit or deadline cells. */
    private static boolean isNumbered(List<CellKind> kinds) {
        long numbers = kinds.stream()
                .filter(k -> k == CellKind.NUMBER || k == CellKind.NUMBERED_TEXT)
                .count();
        long units = kinds.stream().filter(k -> k == CellKind.UNITS).count();
        long deadlines = kinds.stream().filter(k -> k == CellKind.DEADLINE).count();
        long rows = Math.max(units, deadlines);
        return numbers >= 2 && numbers * 2 >= rows;
    }
}
