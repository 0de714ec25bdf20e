package org.taizhang.plan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.taizhang.platform.export.ExcelCells;

/** Writes a {@link PlanTable} as an .xlsx workbook: CJK fonts, wrapped cells, merged section rows, A4 landscape. */
public final class XlsxPlanWriter {

    private static final int[] WIDTHS = {6, 30, 60, 20, 30, 12};

    public byte[] write(PlanTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("任务分工");
            CellStyle body = style(workbook, "宋体", false);
            CellStyle heading = style(workbook, "黑体", true);
            int r = 0;
            r = header(sheet, r, heading);
            for (PlanTable.Row row : table.rows()) {
                Row line = sheet.createRow(r);
                if (row.isSection()) {
                    cell(line, 0, row.section(), heading);
                    for (int c = 1; c < WIDTHS.length; c++) {
                        cell(line, c, "", heading);
                    }
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
                } else {
                    for (int c = 0; c < WIDTHS.length; c++) {
                        cell(line, c, row.cells().get(c), body);
                    }
                }
                r++;
            }
            layout(sheet, table.title());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int header(Sheet sheet, int r, CellStyle heading) {
        Row header = sheet.createRow(r);
        for (int c = 0; c < PlanTable.HEADER.size(); c++) {
            cell(header, c, PlanTable.HEADER.get(c), heading);
        }
        return r + 1;
    }

    private static void layout(Sheet sheet, String title) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 * 2);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, WIDTHS.length - 1));
        sheet.getHeader().setCenter(title == null ? "" : title);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(ExcelCells.fit(value));
        cell.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook workbook, String fontName, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontName(fontName);
        font.setCharSet(FontCharset.GB2312.getValue());
        font.setFontHeightInPoints((short) 11);
        font.setBold(bold);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setAlignment(bold ? HorizontalAlignment.LEFT : HorizontalAlignment.GENERAL);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
