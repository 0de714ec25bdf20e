package org.taizhang.plan.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableIterator;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads the task table of a legacy Word .doc file into rows of cells, like {@link DocxTableReader}: tables of the same
 * width continue the first one, a vertically merged cell repeats the value of the cell where the merge started and a
 * cell spanning grid columns is followed by empty cells. A document without tables (a table pasted as tab-separated text) is read
 * by the {@link TextTableReader}.
 */
public final class LegacyWordReader {

    private static final int MAX_COLUMNS = 60;
    // twips (1/1440 inch): cell edges closer than this are one grid column
    private static final int EDGE_TOLERANCE = 30;
    // Word's cell and row marks, page and column breaks, and field delimiters are structure, not text
    private static final Pattern MARKS = Pattern.compile("[\\u0007\\u000C\\u000E\\u0013\\u0014\\u0015\\u0001\\u0008]");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\u000B]+");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u3000]+");

    /** Rows of the document's task table; throws {@link ImportRejectedException} for corrupt or hostile files. */
    public List<List<String>> read(POIFSFileSystem file, CellClassifier classifier) {
        String text;
        try (HWPFDocument document = new HWPFDocument(file.getRoot())) {
            Range range = document.getRange();
            List<List<List<String>>> tables = tables(range);
            int first = TableContinuation.firstFilled(tables);
            if (first >= 0) {
                return TableContinuation.join(tables, first);
            }
            text = range.text();
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.of("Word", e);
        }
        return paragraphs(text, classifier);
    }

    private static List<List<List<String>>> tables(Range range) {
        List<List<List<String>>> tables = new ArrayList<>();
        TableIterator iterator = new TableIterator(range);
        while (iterator.hasNext()) {
            tables.add(rows(iterator.next()));
        }
        return tables;
    }

    private static List<List<String>> rows(Table table) {
        List<Integer> edges = columnEdges(table);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows() && r < TableContinuation.MAX_ROWS; r++) {
            List<String> above = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1);
            rows.add(cells(table.getRow(r), above, edges));
        }
        return rows;
    }

    /**
     * The left edges of the table's grid columns. A .doc stores a cell spanning columns as one wide cell, so its
     * grid column is found by where it starts; edges a few twips apart are one column (rows are drawn by hand).
     */
    private static List<Integer> columnEdges(Table table) {
        TreeSet<Integer> starts = new TreeSet<>();
        for (int r = 0; r < table.numRows() && r < TableContinuation.MAX_ROWS; r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells() && c < MAX_COLUMNS; c++) {
                starts.add((int) row.getCell(c).getLeftEdge());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int start : starts) {
            if (edges.isEmpty() || start - edges.get(edges.size() - 1) > EDGE_TOLERANCE) {
                edges.add(start);
            }
        }
        return edges;
    }

    /** Number of grid columns starting left of {@code position}. */
    private static int columnsBefore(List<Integer> edges, int position) {
        int columns = 0;
        while (columns < Math.min(edges.size(), MAX_COLUMNS) && edges.get(columns) < position - EDGE_TOLERANCE) {
            columns++;
        }
        return columns;
    }

    private static List<String> cells(TableRow row, List<String> above, List<Integer> edges) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.numCells() && cells.size() < MAX_COLUMNS; c++) {
            TableCell cell = row.getCell(c);
            int column = Math.max(cells.size(), columnsBefore(edges, cell.getLeftEdge()));
            padTo(cells, column);
            if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                cells.add(cells.size() < above.size() ? above.get(cells.size()) : "");
            } else if (cell.isMerged() && !cell.isFirstMerged()) {
                cells.add("");
            } else {
                cells.add(text(cell.text()));
            }
            padTo(cells, columnsBefore(edges, cell.getLeftEdge() + cell.getWidth()));
        }
        return cells.size() > MAX_COLUMNS ? new ArrayList<>(cells.subList(0, MAX_COLUMNS)) : cells;
    }

    private static void padTo(List<String> cells, int size) {
        while (cells.size() < Math.min(size, MAX_COLUMNS)) {
            cells.add("");
        }
    }

    /** Cell text without Word's marks and field codes, paragraphs as lines. */
    static String text(String raw) {
        String visible = MARKS.matcher(Range.stripFields(raw)).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAKS.split(visible)) {
            String collapsed = SPACES.matcher(line).replaceAll(" ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return String.join("\n", lines);
    }

    /** A document without tables: its paragraphs, read like pasted text (tab-separated rows or one cell per line). */
    private static List<List<String>> paragraphs(String text, CellClassifier classifier) {
        String lines = MARKS.matcher(Range.stripFields(text)).replaceAll("").replaceAll("[\\r\\u000B]", "\n");
        if (lines.isBlank()) {
            throw OfficeFailures.empty("Word");
        }
        return new TextTableReader().read(lines.getBytes(StandardCharsets.UTF_8), classifier);
    }
}
