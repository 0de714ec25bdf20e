package org.taizhang.assignment.directory.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;

class DirectoryXlsxReaderTest {

    private final DirectoryReader reader = new DirectoryReader();

    @Test
    void shouldReadTheFirstSheetWithChineseHeadersInAnyOrder() {
        byte[] workbook = DirectoryFiles.xlsx(List.of(
                List.of("宣城市单位名录"),
                List.of("行政区划代码", "单位名称", "单位编码", "类型", "层级", "上级单位", "别名（用、分隔）"),
                List.of(341800, "宣城市人民政府", "341800-gov", "人民政府", "市级", "", "市政府"),
                List.of(341800, "宣城市财政局", "341800-czj", "部门", "市级", "341800-gov", "市财政局、财政局")));

        DirectoryTable table = reader.readXlsx(workbook);

        assertThat(table.errors()).isEmpty();
        assertThat(table.rows())
                .containsExactly(
                        DirectoryFiles.city(),
                        new DirectoryRow(
                                "341800-czj",
                                "宣城市财政局",
                                List.of("市财政局", "财政局"),
                                UnitKind.DEPARTMENT,
                                UnitLevel.CITY,
                                "341800",
                                "341800-gov"));
        assertThat(table.lines()).extracting(DirectoryTable.Line::row).containsExactly(3, 4);
    }

    @Test
    void shouldKeepTheDigitsOfATwelveDigitCodeStoredAsANumber() {
        byte[] workbook = DirectoryFiles.xlsx(List.of(
                List.of("id", "name", "kind", "level", "regionCode"),
                List.of("jp", "建平镇人民政府", "乡镇", "乡镇级", 341821100000L)));

        DirectoryTable table = reader.readXlsx(workbook);

        assertThat(table.errors()).isEmpty();
        assertThat(table.rows().get(0).regionCode()).isEqualTo("341821100000");
    }

    @Test
    void shouldReportBadCellsWithTheRowNumberExcelShows() {
        byte[] workbook = DirectoryFiles.xlsx(List.of(
                List.of("单位编码", "单位名称", "类型", "层级", "区划代码"), List.of(), List.of("u1", "某局", "部门", "市级", 34180)));

        assertThat(reader.readXlsx(workbook).errors())
                .extracting(RowError::field)
                .containsExactly("rows[3].regionCode");
    }

    @Test
    void shouldReportANonXlsxBlobClearly() {
        byte[] text = "this is not a workbook".getBytes(StandardCharsets.UTF_8);
        byte[] brokenZip = Arrays.copyOf(new DirectoryXlsxWriter().write(List.of(DirectoryFiles.city())), 300);
        byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        assertThat(reader.readXlsx(text).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("file");
            assertThat(error.message()).contains("not an .xlsx workbook");
        });
        assertThat(reader.readXlsx(brokenZip).errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("corrupt"));
        assertThat(reader.readXlsx(oldExcel).errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains(".xls"));
        assertThat(reader.readXlsx(new byte[0]).errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).contains("empty"));
    }

    @Test
    void shouldNeverThrowOnRandomBytes() {
        java.util.Random random = new java.util.Random(20261122L);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(2_000)];
            random.nextBytes(bytes);
            if (i % 2 == 0 && bytes.length > 4) {
                bytes[0] = 'P';
                bytes[1] = 'K';
                bytes[2] = 3;
                bytes[3] = 4;
            }
            assertThatCode(() -> {
                        reader.readXlsx(bytes);
                        reader.readCsv(bytes);
                    })
                    .doesNotThrowAnyException();
        }
    }
}
