package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a table's rows (from any reader) into tasks: finds the header or infers the columns from content, follows
 * section rows and section columns, re-aligns shifted rows, and reports what it had to guess.
 *
 * <p>Deadlines and units are left for {@link TaskInterpreter}; this class only decides which text is which.
 */
public final class TaskTableParser {

    private static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 60;

    /** Parses rows of cells; throws {@link ImportRejectedException} when they hold no recognisable task table. */
    public ParsedDocument parse(List<List<String>> rows) {
        return parse(rows, new CellClassifier());
    }

    /** As {@link #parse(List)}, with the classifier that already judged the document's cells while reading it. */
    ParsedDocument parse(List<List<String>> rows, CellClassifier classifier) {
        List<List<String>> table = clean(rows);
        if (table.isEmpty()) {
            throw new ImportRejectedException("文件中没有可导入的内容（表格为空）。 (The document holds no table content.)");
        }
        List<List<CellKind>> kinds =
                table.stream().map(row -> classify(row, classifier)).toList();
        TableLayout layout = TableLayout.detect(table, kinds);
        layout.requireTaskColumn(kinds);
        List<ImportDiagnostic> diagnostics = new ArrayList<>();
        if (!layout.hasHeader()) {
            diagnostics.add(ImportDiagnostic.forDocument(
                    ImportDiagnostic.NO_HEADER,
                    "未识别到表头，已根据内容推断各列含义，请核对。 (No header row: columns were inferred from content.)"));
        }
        if (layout.columns().stream().filter(r -> r != ColumnRole.IGNORE).count() < 2) {
            diagnostics.add(ImportDiagnostic.forDocument(
                    ImportDiagnostic.UNKNOWN_LAYOUT, "未识别出表格的列结构，每行按一项任务导入，请核对。 (Unknown layout: one task per line.)"));
        }
        List<ParsedTask> tasks = new RowWalker(layout, diagnostics).walk(table, kinds);
        if (tasks.isEmpty()) {
            throw new ImportRejectedException("表格中没有识别出任何任务，请检查文件内容。 (No task could be read from the table.)");
        }
        return new ParsedDocument(tasks, diagnostics);
    }

    private static List<CellKind> classify(List<String> row, CellClassifier classifier) {
        return row.stream().map(classifier::kind).toList();
    }

    private static List<List<String>> clean(List<List<String>> rows) {
        List<List<String>> table = new ArrayList<>();
        if (rows == null) {
            return table;
        }
        for (List<String> row : rows) {
            if (row == null) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.min(row.size(), MAX_COLUMNS); i++) {
                String cell = row.get(i);
                cells.add(
                        cell == null ? "" : TextNormalizer.unifyWhitespace(cell).strip());
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                table.add(cells);
            }
            if (table.size() > MAX_ROWS) {
                throw new ImportRejectedException("表格行数过多（超过" + MAX_ROWS + "行），请拆分后导入。 (Too many rows.)");
            }
        }
        return table;
    }
}
