package org.taizhang.assignment.directory.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.assignment.directory.io.DirectoryFiles.HEADER;
import static org.taizhang.assignment.directory.io.DirectoryFiles.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;

class DirectoryCsvReaderTest {

    private static final String CITY_LINE = "341800-gov,宣城市人民政府,市政府,GOVERNMENT,CITY,341800,";

    private final DirectoryReader reader = new DirectoryReader();

    @Test
    void shouldReadUtf8WithAndWithoutBom() {
        byte[] plain = csv(HEADER, CITY_LINE);

        for (byte[] content : List.of(plain, DirectoryFiles.withBom(plain))) {
            DirectoryTable table = reader.readCsv(content);
            assertThat(table.errors()).isEmpty();
            assertThat(table.rows()).containsExactly(DirectoryFiles.city());
        }
    }

    @Test
    void shouldReadGbkCsvWrittenByExcel() {
        byte[] gbk = csv(Charset.forName("GBK"), "单位编码,单位名称,别名,类型,层级,区划代码,上级单位编码", CITY_LINE);

        DirectoryTable table = reader.readCsv(gbk);

        assertThat(new String(gbk, StandardCharsets.UTF_8))
                .as("not valid UTF-8")
                .contains("\uFFFD");
        assertThat(table.errors()).isEmpty();
        assertThat(table.rows()).containsExactly(DirectoryFiles.city());
    }

    @Test
    void shouldKeepCommasQuotesAndLineBreaksInsideQuotedCells() {
        DirectoryTable table = reader.readCsv(csv(
                HEADER,
                "341800-tz,\"宣城市台账中心,\"\"试点\"\"\",\"市台账中心\n台账中心\",OTHER,CITY,341800,",
                "341800-b,宣城市乙局,,DEPARTMENT,CITY,341800,"));

        assertThat(table.errors()).isEmpty();
        assertThat(table.lines()).extracting(DirectoryTable.Line::row).containsExactly(2, 3);
        assertThat(table.rows().get(0).name()).isEqualTo("宣城市台账中心,\"试点\"");
        assertThat(table.rows().get(0).aliases()).containsExactly("市台账中心", "台账中心");
    }

    @Test
    void shouldFindChineseHeadersInAnyColumnOrderBelowATitle() {
        DirectoryTable table = reader.readCsv(csv(
                "宣城市单位名录,,,,,,,",
                "序号,区划代码,上级单位编码,单位名称,单位类型,级别,简称,单位编码",
                "1,341800,341800-gov,宣城市发展和改革委员会,部门,市级,市发改委；市发展改革委、发改委,341800-fgw"));

        assertThat(table.errors()).isEmpty();
        assertThat(table.rows())
                .containsExactly(new DirectoryRow(
                        "341800-fgw",
                        "宣城市发展和改革委员会",
                        List.of("市发改委", "市发展改革委", "发改委"),
                        UnitKind.DEPARTMENT,
                        UnitLevel.CITY,
                        "341800",
                        "341800-gov"));
    }

    @ParameterizedTest
    @CsvSource({
        "政府, GOVERNMENT",
        "人民政府, GOVERNMENT",
        "部门, DEPARTMENT",
        "乡镇, TOWNSHIP",
        "街道, TOWNSHIP",
        "镇, TOWNSHIP",
        "事业单位, PUBLIC_INSTITUTION",
        "企业, ENTERPRISE",
        "其他, OTHER",
        "public_institution, PUBLIC_INSTITUTION",
        "Department, DEPARTMENT"
    })
    void shouldAcceptChineseKindLabelsAndEnumNames(String label, UnitKind kind) {
        DirectoryTable table = reader.readCsv(csv(HEADER, "u1,某单位,," + label + ",乡镇级,341821100,"));

        assertThat(table.errors()).isEmpty();
        assertThat(table.rows().get(0).kind()).isEqualTo(kind);
        assertThat(table.rows().get(0).level()).isEqualTo(UnitLevel.TOWN);
    }

    @ParameterizedTest
    @CsvSource({"34180", "3418a0", "1234567", "341821100001", "0"})
    void shouldReportBadRegionCode(String code) {
        DirectoryTable table = reader.readCsv(csv(HEADER, "u1,某单位,,DEPARTMENT,CITY," + code + ","));

        assertThat(table.rows()).isEmpty();
        assertThat(table.errors()).extracting(RowError::field).containsExactly("rows[2].regionCode");
    }

    @Test
    void shouldReportRowWithMissingName() {
        DirectoryTable table = reader.readCsv(csv(HEADER, CITY_LINE, "341800-x,,,DEPARTMENT,CITY,341800,341800-gov"));

        assertThat(table.rows()).containsExactly(DirectoryFiles.city());
        assertThat(table.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.column()).isEqualTo("name");
            assertThat(error.message()).contains("缺少单位名称", "name is required");
        });
        assertThat(table.ids()).contains("341800-x");
    }

    @Test
    void shouldReportEveryBadCellOfARow() {
        DirectoryTable table = reader.readCsv(csv(HEADER, "有 空格,名称,,局,区级,x,有 空格"));

        assertThat(table.errors())
                .extracting(RowError::column)
                .containsExactlyInAnyOrder("id", "kind", "level", "regionCode", "parentId");
    }

    @Test
    void shouldReportDuplicateIdAndDuplicateNameInARegion() {
        DirectoryTable table = reader.readCsv(csv(
                HEADER,
                CITY_LINE,
                "341800-gov,宣城市另一政府,,GOVERNMENT,CITY,341800,",
                "341800-b,宣城市人民政府,,GOVERNMENT,CITY,341800,"));

        assertThat(table.errors()).extracting(RowError::field).containsExactly("rows[3].id", "rows[4].name");
        assertThat(table.errors().get(0).message()).contains("第2行");
    }

    @Test
    void shouldSkipBlankLinesButCountThemInRowNumbers() {
        DirectoryTable table = reader.readCsv(
                csv("", HEADER, "", CITY_LINE, ",,,,,,", "", "341800-x,宣城市某局,,DEPARTMENT,CITY,34180,", ""));

        assertThat(table.rows()).containsExactly(DirectoryFiles.city());
        assertThat(table.lines().get(0).row()).isEqualTo(4);
        assertThat(table.errors()).extracting(RowError::field).containsExactly("rows[7].regionCode");
    }

    @Test
    void shouldReportAnEmptyFileAFileWithoutHeaderAndAHeaderWithoutRows() {
        assertThat(reader.readCsv(new byte[0]).errors())
                .extracting(RowError::field)
                .containsExactly("file");
        assertThat(reader.readCsv(csv("", "  ", "")).errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("the file is empty"));
        assertThat(reader.readCsv(csv("a,b,c", "1,2,3")).errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("no header row"));
        assertThat(reader.readCsv(csv(HEADER)).errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("no units"));
    }

    @Test
    void shouldReportAMissingRequiredColumnOnceAtTheHeader() {
        DirectoryTable table = reader.readCsv(csv("id,name,kind,regionCode", "u1,某单位,DEPARTMENT,341800"));

        assertThat(table.rows()).isEmpty();
        assertThat(table.errors()).extracting(RowError::field).containsExactly("rows[1].level");
    }

    @Test
    void shouldReportAnUnclosedQuote() {
        DirectoryTable table = reader.readCsv(csv(HEADER, CITY_LINE, "u2,\"宣城市某局,,DEPARTMENT,CITY,341800,"));

        assertThat(table.errors()).extracting(RowError::field).contains("rows[3]");
    }

    @Test
    void shouldRefuseMoreThanTwentyThousandRowsWithOneError() {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i <= DirectoryReader.MAX_ROWS; i++) {
            lines.add("u" + i + ",单位" + i + ",,DEPARTMENT,CITY,341800,");
        }

        DirectoryTable table = reader.readCsv(csv(lines.toArray(String[]::new)));

        assertThat(table.rows()).isEmpty();
        assertThat(table.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("20000"));
    }

    @Test
    void shouldReportAWorkbookSentAsCsvAndBinaryBytes() {
        byte[] workbook = new DirectoryXlsxWriter().write(List.of(DirectoryFiles.city()));

        assertThat(reader.readCsv(workbook).errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains(".xlsx"));
        assertThat(reader.readCsv(new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0})
                        .errors())
                .extracting(RowError::field)
                .containsExactly("file");
    }
}
