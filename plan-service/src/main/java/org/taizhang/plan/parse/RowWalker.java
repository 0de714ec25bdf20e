package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;

/** Walks a table's rows in order, keeping the section path and turning task rows into tasks. */
final class RowWalker {

    private final TableLayout layout;
    private final List<ImportDiagnostic> diagnostics;
    private final SectionTracker sections = new SectionTracker();
    private final List<ParsedTask> tasks = new ArrayList<>();
    private int sectionColumns;

    RowWalker(TableLayout layout, List<ImportDiagnostic> diagnostics) {
        this.layout = layout;
        this.diagnostics = diagnostics;
    }

    List<ParsedTask> walk(List<List<String>> table, List<List<CellKind>> kinds) {
        String header = layout.hasHeader() ? key(table.get(layout.headerRow())) : null;
        for (int r = layout.headerRow() + 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            // a header repeated on every page of a PDF
            if (key(row).equals(header) || TaskTableParser.isNote(row)) {
                continue;
            }
            read(new ArrayList<>(row), new ArrayList<>(kinds.get(r)));
        }
        return tasks;
    }

    private void read(List<String> cells, List<CellKind> kinds) {
        String numbered = SectionHeadings.fromNumberCell(cells);
        if (numbered != null) {
            sections.enter(numbered);
            return;
        }
        if (isSectionRow(kinds)) {
            cells.stream().filter(c -> !c.isBlank()).forEach(sections::enter);
            return;
        }
        consumeLeadingSections(cells, kinds);
        List<Integer> filled = filled(kinds);
        if (filled.isEmpty()) {
            return;
        }
        if (isContinuation(filled, kinds)) {
            ParsedTask previous = tasks.remove(tasks.size() - 1);
            tasks.add(TaskAssembler.continued(previous, cells.get(filled.get(0))));
            diagnostics.add(ImportDiagnostic.forTask(
                    previous.index(),
                    ImportDiagnostic.MERGED_ROW,
                    "第" + previous.index()
                            + "项任务的内容跨行，已将下一行文字并入工作要求，请核对。 (A continuation row was merged into the task.)"));
            return;
        }
        addTask(cells, kinds);
    }

    private void addTask(List<String> cells, List<CellKind> kinds) {
        RowAligner.Alignment aligned = RowAligner.align(cells, kinds, layout.columns(), sectionColumns);
        int index = tasks.size() + 1;
        TaskAssembler.Result result = TaskAssembler.assemble(index, aligned, kinds, sections.path(), sections);
        if (result.task() == null) {
            return;
        }
        tasks.add(result.task());
        if (aligned.shifted()) {
            diagnostics.add(ImportDiagnostic.forTask(
                    index,
                    ImportDiagnostic.SHIFTED_ROW,
                    "第" + index + "项任务的单元格与表头错位（可能缺少单元格），已按内容重新对齐，请核对。 (Shifted row re-aligned by content.)"));
        }
        if (result.extraCells() > 0) {
            diagnostics.add(ImportDiagnostic.forTask(
                    index,
                    ImportDiagnostic.EXTRA_CELL,
                    "第" + index + "项任务有无法归入任何列的单元格，已并入工作要求，请核对。 (Extra cells were added to the requirement.)"));
        }
    }

    private static boolean isSectionRow(List<CellKind> kinds) {
        return kinds.stream().anyMatch(k -> k == CellKind.SECTION)
                && kinds.stream().allMatch(k -> k == CellKind.SECTION || k == CellKind.EMPTY);
    }

    /** Section cells at the start of a task row (a section column) set the section and are taken off the row. */
    private void consumeLeadingSections(List<String> cells, List<CellKind> kinds) {
        for (int i = 0; i < cells.size(); i++) {
            if (kinds.get(i) == CellKind.EMPTY) {
                continue;
            }
            if (kinds.get(i) != CellKind.SECTION || !isSectionCell(cells, kinds, i)) {
                return;
            }
            sections.enter(cells.get(i));
            cells.set(i, "");
            kinds.set(i, CellKind.EMPTY);
            sectionColumns = Math.max(sectionColumns, i + 1);
        }
    }

    private boolean isSectionCell(List<String> cells, List<CellKind> kinds, int i) {
        return layout.roleAt(i) == ColumnRole.SECTION
                || sections.isCurrent(cells.get(i))
                || kinds.subList(i + 1, kinds.size()).contains(CellKind.NUMBERED_TEXT);
    }

    /** A lone unnumbered sentence in a numbered table continues the task above it (a row split by a page break). */
    private boolean isContinuation(List<Integer> filled, List<CellKind> kinds) {
        return filled.size() == 1
                && kinds.get(filled.get(0)) == CellKind.TEXT
                && layout.columns().stream().filter(r -> r != ColumnRole.IGNORE).count() > 1
                && !tasks.isEmpty()
                && tasks.get(tasks.size() - 1).number() != null;
    }

    private static String key(List<String> row) {
        return SectionHeadings.key(String.join("", row));
    }

    private static List<Integer> filled(List<CellKind> kinds) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) != CellKind.EMPTY) {
                filled.add(i);
            }
        }
        return filled;
    }
}
