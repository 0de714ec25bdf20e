package org.taizhang.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.taizhang.reporting.compute.AnnualReport;
import org.taizhang.reporting.export.CjkSheet.Look;

/**
 * Writes the annual report as .xlsx: sheet 落实情况 holds the title, the header, a merged row per section heading
 * and a row per task with its status centred; sheet 总体情况 holds the summary paragraph.
 */
public final class AnnualReportXlsxWriter {

    public static final String TABLE_SHEET = "落实情况";
    public static final String SUMMARY_SHEET = "总体情况";

    private static final int[] WIDTHS_IN_HANZI = {22, 40, 12, 18, 7};
    private static final int STATUS_COLUMN = 4;

    public byte[] write(AnnualReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            table(new CjkSheet(workbook, TABLE_SHEET), report);
            summary(new CjkSheet(workbook, SUMMARY_SHEET), report);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(CjkSheet sheet, AnnualReport report) {
        int columns = AnnualReport.HEADER.size();
        sheet.spanning(0, columns, report.title(), Look.TITLE);
        Row header = sheet.sheet().createRow(1);
        for (int c = 0; c < columns; c++) {
            sheet.put(header, c, AnnualReport.HEADER.get(c), Look.HEADER);
        }
        int r = 2;
        for (AnnualReport.Line line : report.lines()) {
            if (line.isHeading()) {
                sheet.spanning(r, columns, line.heading(), Look.SECTION);
            } else {
                taskRow(sheet, sheet.sheet().createRow(r), line.row().cells());
            }
            r++;
        }
        sheet.finish(1, WIDTHS_IN_HANZI);
    }

    private static void taskRow(CjkSheet sheet, Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            sheet.put(row, c, cells.get(c), c == STATUS_COLUMN ? Look.CENTERED : Look.TEXT);
        }
    }

    private static void summary(CjkSheet sheet, AnnualReport report) {
        sheet.spanning(0, 1, report.title(), Look.TITLE);
        Row text = sheet.sheet().createRow(1);
        sheet.put(text, 0, report.summary(), Look.TEXT);
        sheet.sheet().setColumnWidth(0, 50 * 2 * 256);
    }
}
