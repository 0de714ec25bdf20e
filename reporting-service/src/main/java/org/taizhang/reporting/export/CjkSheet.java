package org.taizhang.reporting.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.taizhang.platform.export.ExcelCells;

/**
 * A worksheet laid out the way Chinese offices print tables: a merged title row, a bold header row frozen and
 * repeated on every printed page, bordered wrapped cells in 宋体 (黑体 for headings) with the GB2312 charset so that
 * Excel and WPS pick a Chinese font, A4 landscape. Any workbook: a streaming one keeps only a window of rows in memory.
 */
final class CjkSheet {

    /** What a cell holds decides its look. */
    enum Look {
        TITLE,
        HEADER,
        SECTION,
        TEXT,
        CENTERED,
        NUMBER
    }

    private final Workbook workbook;
    private final Sheet sheet;
    private final CellStyle[] looks = new CellStyle[Look.values().length];

    CjkSheet(Workbook workbook, String name) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(name);
        for (Look look : Look.values()) {
            looks[look.ordinal()] = style(look);
        }
    }

    Sheet sheet() {
        return sheet;
    }

    /** A row whose first cell spans {@code columns} columns (title, section heading, note). */
    void spanning(int rowIndex, int columns, String text, Look look) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < columns; c++) {
            put(row, c, c == 0 ? text : "", look);
        }
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
        }
    }

    Cell put(Row row, int column, String text, Look look) {
        Cell cell = row.createCell(column);
        cell.setCellValue(ExcelCells.fit(text));
        cell.setCellStyle(looks[look.ordinal()]);
        return cell;
    }

    void put(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(looks[Look.NUMBER.ordinal()]);
    }

    /** Widths in Chinese characters (each as wide as two Latin ones); the header row is frozen and printed on top. */
    void finish(int headerRow, int... widthsInHanzi) {
        for (int c = 0; c < widthsInHanzi.length; c++) {
            sheet.setColumnWidth(c, widthsInHanzi[c] * 2 * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, widthsInHanzi.length - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private CellStyle style(Look look) {
        boolean heading = look == Look.TITLE || look == Look.HEADER || look == Look.SECTION;
        Font font = workbook.createFont();
        font.setFontName(heading ? "黑体" : "宋体");
        font.setCharSet(FontCharset.GB2312.getValue());
        font.setFontHeightInPoints((short) (look == Look.TITLE ? 16 : 11));
        font.setBold(heading);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setAlignment(alignment(look));
        if (look != Look.TITLE) {
            outline(style);
        }
        if (look == Look.NUMBER) {
            style.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
        }
        return style;
    }

    private static void outline(CellStyle style) {
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
    }

    private static HorizontalAlignment alignment(Look look) {
        return switch (look) {
            case TITLE, HEADER, CENTERED, NUMBER -> HorizontalAlignment.CENTER;
            case SECTION, TEXT -> HorizontalAlignment.LEFT;
        };
    }
}
