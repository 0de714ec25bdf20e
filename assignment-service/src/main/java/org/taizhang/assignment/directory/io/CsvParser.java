package org.taizhang.assignment.directory.io;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.platform.csv.CsvCells;

/**
 * Splits CSV text into rows of cells as RFC 4180 writes them: commas between cells, CRLF, LF or CR between rows, and
 * double quotes around a cell that holds any of those ({@code ""} for a quote). Leniently, a quote inside an unquoted
 * cell is kept as text. Rows are numbered as Excel shows them: one per record, blank lines counted. The single quote
 * an export puts before a formula-like cell ({@link CsvCells}) is taken off again.
 */
final class CsvParser {

    private final String text;
    private final List<SheetRow> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private boolean cellStarted;
    private int row = 1;

    private CsvParser(String text) {
        this.text = text;
    }

    static SheetRows parse(String text) {
        return new CsvParser(text).parse();
    }

    private SheetRows parse() {
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '"' && !cellStarted) {
                i = quoted(i + 1);
            } else if (c == ',') {
                endCell();
                i++;
            } else if (c == '\r' || c == '\n') {
                endRow();
                i += c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                cell.append(c);
                cellStarted = true;
                i++;
            }
        }
        if (cellStarted || !cells.isEmpty()) {
            endRow();
        }
        return new SheetRows(rows, errors);
    }

    /** Reads a quoted cell from just after its opening quote; returns the position after its closing quote. */
    private int quoted(int from) {
        cellStarted = true;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '"') {
                cell.append(c);
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                cell.append('"');
                i += 2;
            } else {
                return i + 1;
            }
        }
        errors.add(new RowError(row, null, "引号没有闭合，此行之后的内容都被读进了一个单元格 (a quoted cell is never closed)"));
        return i;
    }

    private void endCell() {
        cells.add(CsvCells.restored(cell.toString()));
        cell.setLength(0);
        cellStarted = false;
    }

    private void endRow() {
        endCell();
        rows.add(new SheetRow(row, cells));
        cells = new ArrayList<>();
        row++;
    }
}
