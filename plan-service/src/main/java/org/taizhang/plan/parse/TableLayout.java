package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;

/** Where a table's header is (or that it has none) and what each column holds. */
record TableLayout(int headerRow, List<ColumnRole> columns) {

    private static final int HEADER_SEARCH_ROWS = 40;

    boolean hasHeader() {
        return headerRow >= 0;
    }

    ColumnRole roleAt(int column) {
        return column < columns.size() ? columns.get(column) : ColumnRole.IGNORE;
    }

    static TableLayout detect(List<List<String>> table, List<List<CellKind>> kinds) {
        for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.size()); r++) {
            List<ColumnRole> header = HeaderVocabulary.header(table.get(r));
            if (header != null) {
                return withSubHeader(table, r, header);
            }
        }
        List<List<CellKind>> taskRows = kinds.stream()
                .filter(row -> row.stream().anyMatch(k -> k != CellKind.EMPTY && k != CellKind.SECTION))
                .toList();
        return new TableLayout(-1, ColumnInference.infer(taskRows));
    }

    /** Rejects layouts without a column that can hold the task itself. */
    void requireTaskColumn(List<List<CellKind>> kinds) {
        boolean text = columns.stream().anyMatch(ColumnRole::isText);
        boolean evidence = hasHeader()
                || columns.stream().anyMatch(r -> r.isUnits() || r == ColumnRole.DEADLINE || r == ColumnRole.STATUS)
                || kinds.stream().flatMap(List::stream).anyMatch(k -> k == CellKind.NUMBERED_TEXT);
        if (!text || !evidence) {
            throw new ImportRejectedException("无法识别任务表格：未找到“工作任务”或“工作要求”一类的任务列，请检查文件是否为重点工作任务分工表。"
                    + " (No task column found: the document does not look like a task-division table.)");
        }
    }

    /** A second header row (责任单位 over 牵头单位 | 配合单位) refines the columns it names. */
    private static TableLayout withSubHeader(List<List<String>> table, int row, List<ColumnRole> header) {
        List<String> next = row + 1 < table.size() ? table.get(row + 1) : List.of();
        boolean subHeader = HeaderVocabulary.isSubHeader(next);
        if (!subHeader) {
            return new TableLayout(row, distinctTextRoles(header));
        }
        List<ColumnRole> roles = new ArrayList<>(header);
        for (int c = 0; c < next.size(); c++) {
            ColumnRole role = next.get(c).isBlank() ? null : HeaderVocabulary.roleOf(next.get(c));
            while (roles.size() <= c) {
                roles.add(ColumnRole.IGNORE);
            }
            if (role != null) {
                roles.set(c, role);
            }
        }
        return new TableLayout(row + 1, distinctTextRoles(roles));
    }

    private static List<ColumnRole> distinctTextRoles(List<ColumnRole> header) {
        List<ColumnRole> roles = new ArrayList<>(header);
        int titles = 0;
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i) == ColumnRole.TITLE && titles++ > 0 && !roles.contains(ColumnRole.REQUIREMENT)) {
                roles.set(i, ColumnRole.REQUIREMENT);
            }
        }
        return roles;
    }
}
