package org.taizhang.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.taizhang.reporting.compute.ScoreCounts;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.reporting.compute.Scorecard;

class ScorecardXlsxWriterTest {

    private static final ScoreWeights WEIGHTS = new ScoreWeights(60, 40, 0.5, 5, 1);
    private static final String FRESHNESS = "考核截至 2026-12-07；数据计算于 2026-12-07 09:30:00（Asia/Shanghai），数据版本 42";

    @Test
    void shouldWriteEachUnitsCountsScoreAndWorking() throws IOException {
        try (XSSFWorkbook workbook = readBack(List.of(
                card("市财政局", new ScoreCounts(3, 0, 0, 0, 0, 0)), card("市发改委", new ScoreCounts(1, 1, 1, 4, 3, 3))))) {
            XSSFSheet sheet = workbook.getSheet("考核评分");

            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026年度政务公开考核评分");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(FRESHNESS);
            assertThat(header(sheet.getRow(2))).isEqualTo(ScorecardXlsxWriter.HEADER);
            XSSFRow second = sheet.getRow(4);
            assertThat(second.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("市发改委");
            assertThat(second.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(second.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(second.getCell(10).getNumericCellValue()).isEqualTo(WEIGHTS.score(counts(1)));
            assertThat(second.getCell(11).getStringCellValue()).isEqualTo(WEIGHTS.working(counts(1)));
        }
    }

    @Test
    void shouldShowTheFormulaUnderTheTableInChineseFonts() throws IOException {
        try (XSSFWorkbook workbook = readBack(List.of(card("市财政局", new ScoreCounts(3, 0, 0, 0, 0, 0))))) {
            XSSFSheet sheet = workbook.getSheet("考核评分");

            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("计分公式：" + WEIGHTS.formula());
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getFont().getFontName())
                    .isEqualTo("宋体");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    private static ScoreCounts counts(int overdue) {
        return new ScoreCounts(1, 1, overdue, 4, 3, 3);
    }

    private static XSSFWorkbook readBack(List<Scorecard> cards) throws IOException {
        byte[] xlsx = new ScorecardXlsxWriter().write("2026年度政务公开考核评分", FRESHNESS, cards, WEIGHTS);
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> header(XSSFRow row) {
        return ScorecardXlsxWriter.HEADER.stream()
                .map(h -> row.getCell(ScorecardXlsxWriter.HEADER.indexOf(h)).getStringCellValue())
                .toList();
    }

    private static Scorecard card(String unit, ScoreCounts c) {
        return new Scorecard(
                "u-" + unit,
                unit,
                2026,
                c.judged() + 1,
                c.completedOnTime(),
                c.completedLate(),
                c.overdue(),
                c.reportsDue(),
                c.reportsOnTime(),
                c.urgings() + 1,
                c.urgings(),
                WEIGHTS.score(c),
                WEIGHTS.formula(),
                WEIGHTS.working(c));
    }
}
