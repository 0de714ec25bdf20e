package org.taizhang.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.taizhang.reporting.compute.AnnualReport;
import org.taizhang.reporting.model.AnnualSample;

/** Writes the document once and reads it back once: the tests only look at it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportXlsxWriterTest {

    private final AnnualReport report = AnnualReport.of(AnnualSample.plan(), AnnualSample.AS_OF);
    private XSSFWorkbook workbook;
    private XSSFSheet table;

    @BeforeAll
    void readBack() throws IOException {
        byte[] xlsx = new AnnualReportXlsxWriter().write(report);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        table = workbook.getSheet(AnnualReportXlsxWriter.TABLE_SHEET);
    }

    @AfterAll
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void shouldWriteTitleAndHeaderAboveTheTable() {
        assertThat(text(table.getRow(0), 0)).isEqualTo(report.title());
        assertThat(table.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 4));
        assertThat(texts(table.getRow(1))).isEqualTo(AnnualReport.HEADER);
    }

    @Test
    void shouldWriteSectionRowsMergedAcrossAndTaskRowsWithTheirStatus() {
        assertThat(text(table.getRow(2), 0)).isEqualTo(AnnualSample.FIRST);
        assertThat(table.getMergedRegions())
                .contains(new CellRangeAddress(2, 2, 0, 4), new CellRangeAddress(3, 3, 0, 4));
        assertThat(texts(table.getRow(4)))
                .containsExactly(
                        report.sections().get(0).rows().get(0).task(),
                        AnnualSample.TRICKY_REQUIREMENT,
                        "市发改委",
                        "郎溪县政府",
                        "已完成");
        assertThat(table.getLastRowNum()).isEqualTo(1 + report.lines().size());
        assertThat(text(table.getRow(table.getLastRowNum()), 4)).isEqualTo("推进中");
    }

    @Test
    void shouldSetChineseFontsSoExcelAndWpsRenderThem() {
        XSSFFont body = table.getRow(4).getCell(1).getCellStyle().getFont();
        XSSFFont header = table.getRow(1).getCell(0).getCellStyle().getFont();

        assertThat(body.getFontName()).isEqualTo("宋体");
        assertThat(body.getCharSet()).isEqualTo(FontCharset.GB2312.getValue());
        assertThat(header.getFontName()).isEqualTo("黑体");
        assertThat(header.getBold()).isTrue();
    }

    @Test
    void shouldCentreTheStatusColumnAndWrapText() {
        XSSFCell status = table.getRow(4).getCell(4);

        assertThat(status.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
        assertThat(table.getRow(4).getCell(1).getCellStyle().getWrapText()).isTrue();
    }

    @Test
    void shouldWidenColumnsAndFreezeTheHeader() {
        assertThat(table.getColumnWidth(1)).isGreaterThan(table.getColumnWidth(0));
        assertThat(table.getColumnWidth(4)).isGreaterThan(256 * 8);
        assertThat(table.getPaneInformation().isFreezePane()).isTrue();
        assertThat(table.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(table.getRepeatingRows().getFirstRow()).isEqualTo(1);
        assertThat(table.getRepeatingRows().getLastRow()).isEqualTo(1);
        assertThat(table.getPrintSetup().getLandscape()).isTrue();
    }

    @Test
    void shouldCarryTheSummaryParagraphOnASheetOfItsOwn() {
        XSSFSheet summary = workbook.getSheet(AnnualReportXlsxWriter.SUMMARY_SHEET);

        assertThat(text(summary.getRow(1), 0)).isEqualTo(report.summary());
        assertThat(workbook.getSheetIndex(summary)).isEqualTo(1);
    }

    private static List<String> texts(XSSFRow row) {
        return IntStream.range(0, row.getLastCellNum())
                .mapToObj(c -> text(row, c))
                .toList();
    }

    private static String text(XSSFRow row, int column) {
        return row.getCell(column).getStringCellValue();
    }
}
