package org.taizhang.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.reporting.compute.Scorecard;
import org.taizhang.reporting.export.CjkSheet.Look;

/**
 * Writes units' scorecards as .xlsx: a line saying as of which day and how fresh they are under the title, one row
 * per unit with its counts, its score and the formula filled in with its counts beside the score, and the formula
 * itself under the table. Rows are streamed out a window at a time: a
 * province's 20,000 units held as cells would take hundreds of megabytes.
 */
public final class ScorecardXlsxWriter {

    public static final List<String> HEADER =
            List.of("序号", "单位", "任务数", "按时完成", "逾期完成", "逾期未完成", "应报送", "按时报送", "收到提醒", "催办", "得分", "计分过程");

    private static final int ROWS_IN_MEMORY = 200;
    // Title, freshness line, header.
    private static final int FIRST_CARD = 3;

    private static final int[] WIDTHS_IN_HANZI = {3, 14, 4, 4, 4, 5, 4, 4, 4, 3, 4, 40};

    /** The workbook; {@code freshness} is the line under the title (the day judged, when computed). */
    public byte[] write(String title, String freshness, List<Scorecard> scorecards, ScoreWeights weights) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CjkSheet sheet = new CjkSheet(workbook, "考核评分");
            sheet.spanning(0, HEADER.size(), title, Look.TITLE);
            sheet.spanning(1, HEADER.size(), freshness, Look.TEXT);
            Row header = sheet.sheet().createRow(FIRST_CARD - 1);
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.put(header, c, HEADER.get(c), Look.HEADER);
            }
            for (int i = 0; i < scorecards.size(); i++) {
                unit(sheet, sheet.sheet().createRow(i + FIRST_CARD), i + 1, scorecards.get(i));
            }
            sheet.spanning(scorecards.size() + FIRST_CARD, HEADER.size(), "计分公式：" + weights.formula(), Look.TEXT);
            sheet.finish(FIRST_CARD - 1, WIDTHS_IN_HANZI);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose(); // its rows' temporary file
        }
    }

    private static void unit(CjkSheet sheet, Row row, int rank, Scorecard card) {
        sheet.put(row, 0, rank);
        sheet.put(row, 1, card.unitName(), Look.TEXT);
        int[] counts = {
            card.assignments(),
            card.completedOnTime(),
            card.completedLate(),
            card.overdue(),
            card.reportsDue(),
            card.reportsOnTime(),
            card.remindersReceived(),
            card.urgings()
        };
        for (int i = 0; i < counts.length; i++) {
            sheet.put(row, i + 2, counts[i]);
        }
        sheet.put(row, 10, card.score());
        sheet.put(row, 11, card.working(), Look.TEXT);
    }
}
