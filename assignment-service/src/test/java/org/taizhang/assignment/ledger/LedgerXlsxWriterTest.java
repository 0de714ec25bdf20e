package org.taizhang.assignment.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerXlsxWriterTest {

    private XSSFWorkbook workbook;
    private XSSFSheet sheet;

    @BeforeEach
    void writeAndReadBack() throws IOException {
        byte[] bytes = new LedgerXlsxWriter(ZoneId.of("Asia/Shanghai")).write(LedgerFixtures.ledger());
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        sheet = workbook.getSheetAt(0);
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    @Test
    void shouldWriteOneSheetNamedForTheYear() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        assertThat(sheet.getSheetName()).isEqualTo("2026年台账");
    }

    @Test
    void shouldTitleTheSheetWithUnitAndYearAcrossAllColumns() {
        String title = sheet.getRow(0).getCell(0).getStringCellValue();

        assertThat(title).contains(LedgerFixtures.UNIT_NAME).contains("2026");
        assertThat(sheet.getMergedRegions())
                .containsExactly(new CellRangeAddress(0, 0, 0, LedgerXlsxWriter.HEADER.size() - 1));
        assertThat(font(sheet.getRow(0).getCell(0)).getBold()).isTrue();
    }

    @Test
    void shouldWriteTheHeaderRow() {
        assertThat(texts(sheet.getRow(1))).isEqualTo(LedgerXlsxWriter.HEADER);
        assertThat(font(sheet.getRow(1).getCell(0)).getBold()).isTrue();
    }

    @Test
    void shouldWriteOneNumberedRowPerAssignment() {
        assertThat(sheet.getLastRowNum()).isEqualTo(4);
        assertThat(texts(sheet.getRow(2)))
                .containsExactly(
                        "1",
                        "2026年政务公开工作要点",
                        "3",
                        "公开重大项目审批信息",
                        "按时公开审批结果",
                        "牵头",
                        "5月底前",
                        "2026-05-31",
                        "逾期",
                        "红",
                        "2026-05-20 10:30",
                        "已完成初稿");
    }

    @Test
    void shouldLeaveMissingValuesBlank() {
        assertThat(texts(sheet.getRow(3)))
                .containsExactly(
                        "2", "2026年政务公开工作要点", "12", "做好政策解读", "每季度报送解读情况", "配合", "每季度", "", "持续推进", "黄", "", "");
    }

    @Test
    void shouldLabelStatusRoleAndLightOfEachRow() {
        assertThat(column(8)).containsExactly("逾期", "持续推进", "已完成");
        assertThat(column(5)).containsExactly("牵头", "配合", "责任");
        assertThat(column(9)).containsExactly("红", "黄", "绿");
    }

    @Test
    void shouldColourTheLightCells() {
        assertThat(fill(sheet.getRow(2).getCell(9))).isEqualTo(IndexedColors.CORAL.getIndex());
        assertThat(fill(sheet.getRow(3).getCell(9))).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
        assertThat(fill(sheet.getRow(4).getCell(9))).isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());
        assertThat(sheet.getRow(2).getCell(9).getCellStyle().getFillPattern())
                .isEqualTo(FillPatternType.SOLID_FOREGROUND);
        assertThat(sheet.getRow(2).getCell(8).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
    }

    @Test
    void shouldSetEveryCellInSongtiForWps() {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            for (Cell cell : sheet.getRow(r)) {
                assertThat(font(cell).getFontName())
                        .as("row %d column %d", r, cell.getColumnIndex())
                        .isEqualTo("宋体");
            }
        }
        assertThat(font(sheet.getRow(2).getCell(3)).getBold()).isFalse();
    }

    @Test
    void shouldFreezeTitleAndHeader() {
        PaneInformation pane = sheet.getPaneInformation();

        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(pane.getVerticalSplitPosition()).isZero();
    }

    @Test
    void shouldWrapTextAndWidenTheTextColumns() {
        assertThat(sheet.getRow(2).getCell(3).getCellStyle().getWrapText()).isTrue();
        assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0));
    }

    private List<String> column(int c) {
        List<String> values = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            values.add(sheet.getRow(r).getCell(c).getStringCellValue());
        }
        return values;
    }

    private static List<String> texts(Row row) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
            values.add(cell.getStringCellValue());
        }
        return values;
    }

    private org.apache.poi.xssf.usermodel.XSSFFont font(Cell cell) {
        return workbook.getFontAt(cell.getCellStyle().getFontIndex());
    }

    private static short fill(Cell cell) {
        return cell.getCellStyle().getFillForegroundColor();
    }
}
