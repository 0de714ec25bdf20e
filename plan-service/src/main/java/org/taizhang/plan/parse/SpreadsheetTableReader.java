package org.taizhang.plan.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet with content of an .xlsx or legacy .xls workbook into rows of cells, as shown in Excel (formulas by their
 * cached values). A merged region spanning rows repeats its value down its first column, so a merged section or
 * units cell applies to every row it covers; a region spanning only columns keeps its value in its first cell.
 */
public final class SpreadsheetTableReader {

    private static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 60;

    /** Rows of the first non-empty sheet of an .xlsx file; throws {@link ImportRejectedException} when unreadable. */
    public List<List<String>> readXlsx(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return read(workbook);
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.of("Excel", e);
        }
    }

    /** Rows of the first non-empty sheet of a legacy .xls workbook (BIFF8 in an OLE2 file). */
    public List<List<String>> readXls(POIFSFileSystem file) {
        try (HSSFWorkbook workbook = new HSSFWorkbook(file)) {
            return read(workbook);
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.of("Excel", e);
        }
    }

    private static List<List<String>> read(Workbook workbook) {
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        for (Sheet sheet : workbook) {
            List<List<String>> rows = rows(sheet, formatter);
            if (rows.stream().flatMap(List::stream).anyMatch(c -> !c.isBlank())) {
                return rows;
            }
        }
        throw OfficeFailures.empty("Excel");
    }

    private static List<List<String>> rows(Sheet sheet, DataFormatter formatter) {
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            int width = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
            rows.add(cells);
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            spread(rows, region);
        }
        return rows;
    }

    private static void spread(List<List<String>> rows, CellRangeAddress region) {
        int top = region.getFirstRow();
        int column = region.getFirstColumn();
        if (top >= rows.size() || column >= MAX_COLUMNS) {
            return;
        }
        String value = valueAt(rows, top, column);
        for (int r = top + 1; r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
            List<String> row = rows.get(r);
            while (row.size() <= column) {
                row.add("");
            }
            row.set(column, value);
        }
    }

    private static String valueAt(List<List<String>> rows, int row, int column) {
        List<String> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }
}
