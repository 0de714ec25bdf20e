package org.taizhang.assignment.directory.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an .xlsx workbook into numbered rows of cell text as Excel shows it (formulas by their
 * cached values). Whole numbers are read as plain digits, so a region code Excel stored as a number, even a twelve
 * digit one it shows as 3.41821E+11, keeps its digits. Whatever POI throws becomes an error for the clerk.
 */
final class XlsxCells {

    private static final int MAX_COLUMNS = 60;
    private static final double LARGEST_EXACT = 1e15;
    /** Non-blank rows allowed above the units (titles, the header) before a sheet counts as too long. */
    private static final int ROWS_ABOVE_DATA = 10;

    private XlsxCells() {}

    /** Rows of the first sheet; one error, and no rows, when it holds clearly more than {@code maxRows} units. */
    static SheetRows read(byte[] content, int maxRows) {
        if (content.length == 0) {
            return SheetRows.failed("文件为空 (the file is empty)");
        }
        if (isOle2(content)) {
            return SheetRows.failed("这是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 后再导入 (an .xls file: save it as .xlsx)");
        }
        if (DirectoryFormat.sniff(content) != DirectoryFormat.XLSX) {
            return SheetRows.failed("文件不是 Excel 工作簿（.xlsx），请检查文件格式 (the file is not an .xlsx workbook)");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return SheetRows.failed("工作簿中没有工作表 (the workbook has no sheet)");
            }
            int limit = maxRows + ROWS_ABOVE_DATA;
            List<SheetRow> rows = rows(workbook.getSheetAt(0), limit);
            return rows.stream().filter(row -> !row.isBlank()).count() > limit
                    ? SheetRows.tooMany(maxRows)
                    : new SheetRows(rows, List.of());
        } catch (IOException | RuntimeException e) {
            return SheetRows.failed(failure(e));
        }
    }

    /** Stops one row past {@code limit} non-blank rows: reading a million-row sheet to refuse it is wasted work. */
    private static List<SheetRow> rows(Sheet sheet, int limit) {
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        List<SheetRow> rows = new ArrayList<>();
        int nonBlank = 0;
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            int width = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : text(cell, formatter));
            }
            SheetRow read = new SheetRow(row.getRowNum() + 1, cells);
            rows.add(read);
            nonBlank += read.isBlank() ? 0 : 1;
            if (nonBlank > limit) {
                break;
            }
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            double value = cell.getNumericCellValue();
            if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT) {
                return Long.toString((long) value);
            }
        }
        return formatter.formatCellValue(cell);
    }

    private static boolean isOle2(byte[] content) {
        return content.length >= 4
                && (content[0] & 0xFF) == 0xD0
                && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11
                && (content[3] & 0xFF) == 0xE0;
    }

    private static String failure(Exception e) {
        String detail = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (detail.contains("zip bomb")) {
            return "Excel 文件的压缩内容异常（疑似压缩炸弹），已拒绝导入 (rejected: the file looks like a zip bomb)";
        }
        return "Excel 文件已损坏或不是有效的 .xlsx 文件，请用 Excel 另存后再导入 (the .xlsx file is corrupt or not a workbook)";
    }
}
