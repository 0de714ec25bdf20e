package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeReaderTest {

    private final PlanDocumentImporter importer = new PlanDocumentImporter();

    @ParameterizedTest
    @ValueSource(strings = {Samples.ONE_CELL_PER_LINE, Samples.LEAD_AND_STATUS, Samples.SECTION_COLUMN})
    void shouldImportTheSameTasksFromXlsxAsFromText(String sample) {
        ParsedDocument fromText = importer.read(Samples.bytes(sample), sample, 2022);
        List<List<String>> rows = new TextTableReader().read(Samples.bytes(sample));

        ParsedDocument fromXlsx = importer.read(OfficeFiles.xlsx(rows), "plan.xlsx", 2022);

        assertThat(fromXlsx.tasks()).isEqualTo(fromText.tasks());
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.ONE_CELL_PER_LINE, Samples.LEAD_AND_STATUS, Samples.SECTION_COLUMN})
    void shouldImportTheSameTasksFromDocxAsFromText(String sample) {
        ParsedDocument fromText = importer.read(Samples.bytes(sample), sample, 2022);
        List<List<String>> rows = new TextTableReader().read(Samples.bytes(sample));

        ParsedDocument fromDocx = importer.read(OfficeFiles.docx(rows), "plan.docx", 2022);

        assertThat(fromDocx.tasks()).isEqualTo(fromText.tasks());
    }

    @Test
    void shouldRepeatAVerticallyMergedXlsxSectionCellForEachTask() throws IOException {
        List<List<String>> rows = List.of(
                List.of("工作任务", "具体要求", "责任单位"),
                List.of("(一)围绕法治政府推进公开", "1.公开政策文件。", "市政府办公室"),
                List.of("", "2.公开权责清单。", "市编办"),
                List.of("(二)围绕重点领域推进公开", "1.公开预决算。", "市财政局"));
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        assertThat(new SpreadsheetTableReader().readXlsx(xlsx).get(2))
                .containsExactly("(一)围绕法治政府推进公开", "2.公开权责清单。", "市编办");
        ParsedDocument document = importer.read(xlsx, "plan.xlsx", 2022);
        assertThat(document.tasks())
                .extracting(t -> t.sectionPath().get(0))
                .containsExactly("(一)围绕法治政府推进公开", "(一)围绕法治政府推进公开", "(二)围绕重点领域推进公开");
        assertThat(document.tasks()).extracting(ParsedTask::number).containsExactly("1", "2", "1");
    }

    @Test
    void shouldReadDocxMergedCells() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = document.createTable(4, 3);
            String[][] text = {
                {"工作任务", "具体要求", "责任单位"},
                {"一、深化政务公开", "", ""},
                {"(一)围绕法治政府推进公开", "1.公开政策文件。", "市政府办公室"},
                {"", "2.公开权责清单。", "市编办"}
            };
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(text[r][c]);
                }
            }
            OfficeFiles.gridSpan(table.getRow(1).getCell(0), 3);
            table.getRow(1).removeCell(2);
            table.getRow(1).removeCell(1);
            OfficeFiles.verticalMerge(table.getRow(2).getCell(0), true);
            OfficeFiles.verticalMerge(table.getRow(3).getCell(0), false);
            document.write(out);
            docx = out.toByteArray();
        }

        List<List<String>> rows = new DocxTableReader().read(docx);

        assertThat(rows.get(1)).containsExactly("一、深化政务公开", "", "");
        assertThat(rows.get(3)).containsExactly("(一)围绕法治政府推进公开", "2.公开权责清单。", "市编办");
        ParsedDocument document = importer.read(docx, "plan.docx", 2022);
        assertThat(document.tasks())
                .extracting(ParsedTask::sectionPath)
                .containsOnly(List.of("一、深化政务公开", "(一)围绕法治政府推进公开"));
        assertThat(document.tasks()).hasSize(2);
    }

    @Test
    void shouldRejectCorruptOfficeFiles() {
        byte[] xlsx = OfficeFiles.xlsx(List.of(List.of("任务", "责任单位"), List.of("公开", "市发改委")));
        byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);
        byte[] garbage = "PK\u0003\u0004this is not a zip at all".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> importer.read(truncated, "plan.xlsx", 2022))
                .isInstanceOf(ImportRejectedException.class);
        assertThatThrownBy(() -> importer.read(garbage, "plan.xlsx", 2022)).isInstanceOf(ImportRejectedException.class);
        assertThatThrownBy(() -> new SpreadsheetTableReader().readXlsx(garbage))
                .isInstanceOf(ImportRejectedException.class);
        assertThatThrownBy(() -> new DocxTableReader().read(xlsx)).isInstanceOf(ImportRejectedException.class);
    }

    @Test
    void shouldRejectAZipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                                    + ".spreadsheetml.sheet.main+xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) {
                zip.write(spaces);
            }
        }

        assertThatThrownBy(() -> importer.read(bytes.toByteArray(), "bomb.xlsx", 2022))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("压缩炸弹");
    }

    @Test
    void shouldRejectAZipThatIsNoOfficeFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> importer.read(bytes.toByteArray(), "plan.zip", 2022))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("压缩文件");
    }

    @Test
    void shouldRejectAWorkbookWithoutContent() {
        byte[] empty = OfficeFiles.xlsx(List.of());

        assertThatThrownBy(() -> importer.read(empty, "plan.xlsx", 2022))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("没有找到表格");
    }
}
