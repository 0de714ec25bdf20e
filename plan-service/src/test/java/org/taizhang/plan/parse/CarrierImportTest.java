package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Imports the same small task table carried as HTML, .xls, .doc and CSV, each recognised by content, not by name. */
class CarrierImportTest {

    private final PlanDocumentImporter importer = new PlanDocumentImporter();

    @Test
    void shouldImportTasksFromAnHtmlPageSavedAsGbk() {
        String page =
                "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                        + "</head><body>" + HtmlPages.table(TaskTables.ROWS) + "</body></html>";

        ParsedDocument document = importer.read(page.getBytes(Charset.forName("GBK")), "upload.bin", 2025);

        TaskTables.assertThreeTasks(document);
    }

    @Test
    void shouldImportTasksFromAnXlsWorkbook() {
        ParsedDocument document = importer.read(LegacyFiles.xls(TaskTables.ROWS), "plan.dat", 2025);

        TaskTables.assertThreeTasks(document);
    }

    @Test
    void shouldImportTasksFromADocTableWithAMergedUnitCell() {
        ParsedDocument document = importer.read(TaskTables.fixture("task-table-rowspan.doc"), "plan", 2025);

        TaskTables.assertThreeTasks(document);
        assertThat(document.tasks()).extracting(ParsedTask::responsibleRaw).containsExactly("市政府办公室", "市政府办公室", "市财政局");
    }

    @Test
    void shouldImportTasksFromACsvExportInGbk() {
        String csv = TaskTables.ROWS.stream().map(r -> String.join(",", r)).collect(Collectors.joining("\r\n"));

        ParsedDocument document = importer.read(csv.getBytes(Charset.forName("GBK")), "plan.txt", 2025);

        TaskTables.assertThreeTasks(document);
    }

    @Test
    void shouldImportTasksFromASemicolonCsvWithQuotedFields() {
        String csv =
                "序号;工作任务;责任单位;完成时限\n1;\"公开政策文件\";市政府办公室;年底前\n" + "2;\"公开权责清单\";市政府办公室;6月底前\n3;公开预决算信息;\"市财政局\";持续推进\n";

        ParsedDocument document = importer.read(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), "plan.csv", 2025);

        TaskTables.assertThreeTasks(document);
    }

    @Test
    void shouldStillReadTabSeparatedTextAsText() {
        String text = TaskTables.ROWS.stream().map(r -> String.join("\t", r)).collect(Collectors.joining("\n"));

        assertThat(CsvTableReader.looksLikeCsv(text)).isFalse();
        TaskTables.assertThreeTasks(importer.read(text.getBytes(StandardCharsets.UTF_8), "plan.csv", 2025));
    }

    @Test
    void shouldKeepReadingRowsOfTheSameTextImport() {
        List<List<String>> rows = importer.rows(LegacyFiles.xls(TaskTables.ROWS), "plan.xls");

        assertThat(rows).isEqualTo(TaskTables.ROWS);
    }
}
