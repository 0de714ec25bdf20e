package org.taizhang.plan.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads the task table of a .docx document into rows of cells. Word splits long tables at page or section breaks
 * into several tables of the same width; those following the first table with content are read as its continuation.
 * A cell spanning grid columns (gridSpan) is followed by empty cells; a vertically merged cell (vMerge) repeats the
 * value of the cell where the merge started, so a merged section cell keeps naming the same section.
 */
public final class DocxTableReader {

    private static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 60;

    /** Rows of the document's task table; throws {@link ImportRejectedException} for corrupt or hostile files. */
    public List<List<String>> read(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<List<List<String>>> tables = new ArrayList<>();
            for (XWPFTable table : document.getTables()) {
                tables.add(rows(table));
            }
            int first = TableContinuation.firstFilled(tables);
            if (first >= 0) {
                return TableContinuation.join(tables, first);
            }
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.of("Word", e);
        }
        throw OfficeFailures.empty("Word");
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            if (rows.size() >= MAX_ROWS) {
                break;
            }
            List<String> above = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1);
            rows.add(cells(row, above));
        }
        return rows;
    }

    private static List<String> cells(XWPFTableRow row, List<String> above) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr properties = cell.getCTTc().getTcPr();
            int column = cells.size();
            String text =
                    continuesMerge(properties) ? (column < above.size() ? above.get(column) : "") : cell.getText();
            cells.add(text);
            for (int extra = 1; extra < span(properties) && cells.size() < MAX_COLUMNS; extra++) {
                cells.add("");
            }
            if (cells.size() >= MAX_COLUMNS) {
                break;
            }
        }
        return cells;
    }

    private static boolean continuesMerge(CTTcPr properties) {
        if (properties == null || !properties.isSetVMerge()) {
            return false;
        }
        STMerge.Enum value = properties.getVMerge().getVal();
        return value == null || value == STMerge.CONTINUE;
    }

    private static int span(CTTcPr properties) {
        if (properties == null
                || !properties.isSetGridSpan()
                || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(
                1, Math.min(MAX_COLUMNS, properties.getGridSpan().getVal().intValue()));
    }
}
