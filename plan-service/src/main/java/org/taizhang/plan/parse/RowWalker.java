package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Walks a table's rows in order, keeping the section path and turning task rows into tasks.
 *
 * <p>A task cell (工作任务) merged over several requirement rows is empty in the later rows of a text or PDF copy:
 * those rows inherit it. A row holding no task text (only units, a deadline or a status: the rest of a row split by
 * a page break) completes the task above instead of becoming one.
 */
final class RowWalker {

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?）)”\"]$");

    private final TableLayout layout;
    private final List<ImportDiagnostic> diagnostics;
    private final SectionTracker sections = new SectionTracker();
    private final List<ParsedTask> tasks = new ArrayList<>();
    private final boolean titleAndRequirement;
    private int sectionColumns;
    private String taskCell;

    RowWalker(TableLayout layout, List<ImportDiagnostic> diagnostics) {
        this.layout = layout;
        this.diagnostics = diagnostics;
        this.titleAndRequirement =
                layout.columns().contains(ColumnRole.TITLE) && layout.columns().contains(ColumnRole.REQUIREMENT);
    }

    List<ParsedTask> walk(List<List<String>> table, List<List<CellKind>> kinds) {
        RowFilters filters = new RowFilters(table, layout.headerRow());
        for (int r = layout.headerRow() + 1; r < table.size(); r++) {
            if (!filters.skips(table.get(r))) {
                read(new ArrayList<>(table.get(r)), new ArrayList<>(kinds.get(r)));
            }
        }
        return tasks;
    }

    private void read(List<String> cells, List<CellKind> kinds) {
        String numbered = SectionHeadings.fromNumberCell(cells);
        if (numbered != null) {
            enterSection(numbered);
            return;
        }
        if (isSectionRow(kinds)) {
            cells.stream().filter(c -> !c.isBlank()).forEach(this::enterSection);
            return;
        }
        consumeLeadingSections(cells, kinds);
        List<Integer> filled = filled(kinds);
        if (filled.isEmpty()) {
            return;
        }
        if (!holdsTaskText(filled, kinds)) {
            completePrevious(cells, kinds);
            return;
        }
        if (isContinuation(filled, kinds, cells)) {
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

    private void enterSection(String heading) {
        if (sections.enter(heading)) {
            taskCell = null;
        }
    }

    private void addTask(List<String> cells, List<CellKind> kinds) {
        RowAligner.Alignment aligned = RowAligner.align(cells, kinds, layout.columns(), sectionColumns);
        int index = tasks.size() + 1;
        String inherited = titleAndRequirement ? taskCell : null;
        TaskAssembler.Result result =
                TaskAssembler.assemble(index, aligned, kinds, sections.path(), sections, inherited);
        if (result.task() == null) {
            return;
        }
        tasks.add(result.task());
        taskCell = result.taskCell();
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

    /** Whether a row has text that can make a task: never a bare deadline, status, unit list or number. */
    private static boolean holdsTaskText(List<Integer> filled, List<CellKind> kinds) {
        return filled.stream()
                .map(kinds::get)
                .anyMatch(k -> k == CellKind.TEXT || k == CellKind.NUMBERED_TEXT || k == CellKind.SECTION);
    }

    /** Units, deadline or status left over from the task above fill its empty fields; anything else is dropped. */
    private void completePrevious(List<String> cells, List<CellKind> kinds) {
        if (tasks.isEmpty()) {
            return;
        }
        RowAligner.Alignment aligned = RowAligner.align(cells, kinds, layout.columns(), sectionColumns);
        ParsedTask previous = tasks.get(tasks.size() - 1);
        ParsedTask completed = TaskAssembler.completed(previous, aligned);
        tasks.set(tasks.size() - 1, completed);
    }

    private static boolean isSectionRow(List<CellKind> kinds) {
        return kinds.stream().anyMatch(k -> k == CellKind.SECTION)
                && kinds.stream().allMatch(k -> k == CellKind.SECTION || k == CellKind.EMPTY);
    }

    /** Section cells at the start of a task row (a section column) set the section and are taken off the row. */
    private void consumeLeadingSections(List<String> cells, List<CellKind> kinds) {
        for (int i = 0; i < cells.size(); i++) {
            // a 序号 cell may stand before a merged section column
            if (kinds.get(i) == CellKind.EMPTY || kinds.get(i) == CellKind.NUMBER) {
                continue;
            }
            if (kinds.get(i) != CellKind.SECTION || !isSectionCell(cells, kinds, i)) {
                return;
            }
            enterSection(cells.get(i));
            cells.set(i, "");
            kinds.set(i, CellKind.EMPTY);
            sectionColumns = Math.max(sectionColumns, i + 1);
        }
    }

    private boolean isSectionCell(List<String> cells, List<CellKind> kinds, int i) {
        return layout.roleAt(i) == ColumnRole.SECTION
                || sections.isCurrent(cells.get(i))
                || kinds.subList(i + 1, kinds.size()).contains(CellKind.NUMBERED_TEXT)
                || titleAndRequirement && kinds.subList(i + 1, kinds.size()).contains(CellKind.TEXT);
    }

    /**
     * A lone unnumbered sentence in a numbered table continues the task above it (a row split by a page break) —
     * unless a task cell spans rows and the task above ended its sentence: then it is the next requirement.
     */
    private boolean isContinuation(List<Integer> filled, List<CellKind> kinds, List<String> cells) {
        if (filled.size() != 1
                || kinds.get(filled.get(0)) != CellKind.TEXT
                || layout.columns().stream().filter(r -> r != ColumnRole.IGNORE).count() <= 1
                || tasks.isEmpty()) {
            return false;
        }
        ParsedTask previous = tasks.get(tasks.size() - 1);
        if (titleAndRequirement && taskCell != null && layout.roleAt(filled.get(0)) == ColumnRole.REQUIREMENT) {
            String before = previous.requirement() != null ? previous.requirement() : previous.title();
            return before != null && !SENTENCE_END.matcher(before.strip()).find();
        }
        return previous.number() != null;
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
