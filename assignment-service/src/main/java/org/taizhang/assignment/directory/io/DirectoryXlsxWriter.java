package org.taizhang.assignment.directory.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.taizhang.platform.export.ExcelCells;

/**
 * Writes directory rows as an .xlsx workbook with the CSV's header: bold frozen header with a filter, widths that fit
 * Chinese names, the 宋体 font, and every cell formatted as text, so that Excel keeps codes such as 341800 or 001 as
 * typed instead of turning them into numbers. {@link DirectoryReader} reads the output back to the same rows.
 */
public final class DirectoryXlsxWriter {

    /** Sheet name shown in Excel's tab. */
    public static final String SHEET = "单位名录";

    private static final String FONT = "宋体";
    private static final int[] WIDTHS = {20, 36, 40, 22, 12, 14, 20};

    public byte[] write(List<DirectoryRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle heading = style(workbook, true);
            CellStyle body = style(workbook, false);
            DirectoryColumn[] columns = DirectoryColumn.values();
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                cell(header, c, columns[c].field(), heading);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r + 1);
                for (int c = 0; c < columns.length; c++) {
                    cell(line, c, columns[c].valueIn(rows.get(r)), body);
                }
            }
            for (int c = 0; c < columns.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
                sheet.setDefaultColumnStyle(c, body);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.length - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(ExcelCells.fit(value));
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setCharSet(FontCharset.GB2312.getValue());
        font.setFontHeightInPoints((short) 11);
        font.setBold(bold);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        if (bold) {
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
