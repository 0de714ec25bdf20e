package org.taizhang.plan.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * width continue the first one, a vertically merged cell repeats the value of the cell where the merge started and
 * a horizontally merged cell is left empty. A document without tables (a table pasted as tab-separated text) is read
 * by the {@link TextTableReader}.
 */
public final class LegacyWordReader {

    private static final int MAX_COLUMNS = 60;
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
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows() && r < TableContinuation.MAX_ROWS; r++) {
            List<String> above = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1);
            rows.add(cells(table.getRow(r), above));
        }
        return rows;
    }

    private static List<String> cells(TableRow row, List<String> above) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.numCells() && c < MAX_COLUMNS; c++) {
            TableCell cell = row.getCell(c);
            if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                cells.add(c < above.size() ? above.get(c) : "");
            } else if (cell.isMerged() && !cell.isFirstMerged()) {
                cells.add("");
            } else {
                cells.add(text(cell.text()));
            }
        }
        return cells;
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
