package org.taizhang.assignment.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.taizhang.assignment.planning.Light;
import org.taizhang.platform.export.ExcelCells;

/** Writes a unit's ledger as the workbook offices keep: a title line, a frozen header, one row per assignment. */
public final class LedgerXlsxWriter {

    static final List<String> HEADER =
            List.of("序号", "工作计划", "任务编号", "工作任务", "工作要求", "角色", "时限", "截止日期", "状态", "亮灯", "最近报送", "最近进展");
    private static final int[] WIDTHS = {5, 24, 8, 40, 40, 6, 12, 12, 8, 5, 18, 40};
    private static final DateTimeFormatter REPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    public LedgerXlsxWriter(ZoneId zone) {
        this.zone = zone;
    }

    public byte[] write(Ledger ledger) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(ledger.year() + "年台账");
            CellStyle text = style(workbook, false, null);
            CellStyle bold = style(workbook, true, null);
            Map<Light, CellStyle> lit = new EnumMap<>(Light.class);
            for (Light light : Light.values()) {
                lit.put(light, style(workbook, false, light));
            }
            Row title = sheet.createRow(0);
            put(title, 0, ledger.unitName() + " " + ledger.year() + "年度政务公开重点工作台账", bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADER.size(); c++) {
                put(header, c, HEADER.get(c), bold);
            }
            int r = 2;
            for (LedgerRow row : ledger.rows()) {
                write(sheet.createRow(r), r - 1, row, text, lit.get(row.light()));
                r++;
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 2 * 256);
            }
            sheet.createFreezePane(0, 2);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Row line, int number, LedgerRow row, CellStyle text, CellStyle lit) {
        put(line, 0, String.valueOf(number), text);
        put(line, 1, row.planTitle(), text);
        put(line, 2, row.taskNumber(), text);
        put(line, 3, row.taskTitle(), text);
        put(line, 4, row.requirement(), text);
        put(line, 5, LedgerLabels.role(row.role()), text);
        put(line, 6, row.deadline() == null ? "" : row.deadline().raw(), text);
        put(line, 7, row.dueDate() == null ? "" : row.dueDate().toString(), text);
        put(line, 8, LedgerLabels.status(row.status(), row.overdue()), text);
        put(line, 9, LedgerLabels.light(row.light()), lit);
        put(
                line,
                10,
                row.lastReportAt() == null
                        ? ""
                        : REPORTED.format(row.lastReportAt().atZone(zone)),
                text);
        put(line, 11, row.lastSummary(), text);
    }

    private static void put(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(ExcelCells.fit(value));
        cell.setCellStyle(style);
    }

    /** Every style names a CJK font for East Asian text, or WPS falls back to a font without the characters. */
    private static CellStyle style(XSSFWorkbook workbook, boolean bold, Light light) {
        XSSFFont font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) 11);
        font.setBold(bold);
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        if (light != null) {
            style.setFillForegroundColor(
                    switch (light) {
                        case GREEN -> IndexedColors.LIGHT_GREEN.getIndex();
                        case YELLOW -> IndexedColors.LIGHT_YELLOW.getIndex();
                        case RED -> IndexedColors.CORAL.getIndex();
                    });
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
