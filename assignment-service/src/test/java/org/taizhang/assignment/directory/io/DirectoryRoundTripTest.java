package org.taizhang.assignment.directory.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;

class DirectoryRoundTripTest {

    /** Units with every awkward thing a cell can hold. */
    private static final List<DirectoryRow> UNITS = List.of(
            DirectoryFiles.city(),
            new DirectoryRow(
                    "341800-fgw",
                    "宣城市发展和改革委员会",
                    List.of("市发改委", "市发展改革委"),
                    UnitKind.DEPARTMENT,
                    UnitLevel.CITY,
                    "341800",
                    "341800-gov"),
            new DirectoryRow(
                    "341800-q",
                    "宣城市\"引号\",逗号中心",
                    List.of("引号,中心"),
                    UnitKind.PUBLIC_INSTITUTION,
                    UnitLevel.CITY,
                    "341800",
                    "341800-gov"),
            new DirectoryRow(
                    "341800-f",
                    "=HYPERLINK(\"http://evil.example\",\"点此\")",
                    List.of("@SUM(1+1)", "-1+1"),
                    UnitKind.PUBLIC_INSTITUTION,
                    UnitLevel.CITY,
                    "341800",
                    "341800-gov"),
            new DirectoryRow(
                    "341800-g",
                    "'=已加引号",
                    List.of("+号中心"),
                    UnitKind.PUBLIC_INSTITUTION,
                    UnitLevel.CITY,
                    "341800",
                    "341800-gov"),
            new DirectoryRow(
                    "001", "建平镇人民政府", List.of(), UnitKind.TOWNSHIP, UnitLevel.TOWN, "341821100000", "341800-gov"));

    private final DirectoryReader reader = new DirectoryReader();

    @Test
    void shouldRoundTripThroughCsv() {
        DirectoryTable table = reader.readCsv(new DirectoryCsvWriter().write(UNITS));

        assertThat(table.errors()).isEmpty();
        assertThat(table.rows()).isEqualTo(UNITS);
    }

    @Test
    void shouldRoundTripThroughXlsx() {
        DirectoryTable table = reader.readXlsx(new DirectoryXlsxWriter().write(UNITS));

        assertThat(table.errors()).isEmpty();
        assertThat(table.rows()).isEqualTo(UNITS);
    }

    @Test
    void shouldWriteCsvWithBomCrlfAndTheHeaderTheReaderAccepts() {
        byte[] file = new DirectoryCsvWriter().write(List.of(UNITS.get(1)));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("id,name,aliases,kind,level,regionCode,parentId\r\n"
                        + "341800-fgw,宣城市发展和改革委员会,市发改委|市发展改革委,DEPARTMENT,CITY,341800,341800-gov\r\n");
    }

    @Test
    void shouldWriteCellsASpreadsheetWouldRunAsFormulasAsQuotedText() {
        byte[] file = new DirectoryCsvWriter().write(List.of(UNITS.get(3)));

        assertThat(new String(file, 3, file.length - 3, StandardCharsets.UTF_8))
                .endsWith("\r\n341800-f,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点此\"\")\","
                        + "\"'@SUM(1+1)|-1+1\",PUBLIC_INSTITUTION,CITY,341800,341800-gov\r\n");
    }

    @Test
    void shouldWriteXlsxWithABoldFrozenHeaderCjkFontAndTextCells() throws IOException {
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(new DirectoryXlsxWriter().write(UNITS)))) {
            Sheet sheet = workbook.getSheetAt(0);
            XSSFCellStyle header = (XSSFCellStyle) sheet.getRow(0).getCell(0).getCellStyle();
            XSSFCellStyle body = (XSSFCellStyle) sheet.getRow(1).getCell(5).getCellStyle();

            assertThat(sheet.getSheetName()).isEqualTo(DirectoryXlsxWriter.SHEET);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("regionCode");
            assertThat(header.getFont().getBold()).isTrue();
            assertThat(header.getFont().getFontName()).isEqualTo("宋体");
            assertThat(body.getFont().getFontName()).isEqualTo("宋体");
            assertThat(body.getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(4));
        }
    }

    @Test
    void shouldWriteAnEmptyDirectoryAsAHeaderOnly() {
        assertThat(new String(new DirectoryCsvWriter().write(List.of()), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFid,name,aliases,kind,level,regionCode,parentId\r\n");
        assertThat(reader.readXlsx(new DirectoryXlsxWriter().write(List.of())).rows())
                .isEmpty();
    }
}
