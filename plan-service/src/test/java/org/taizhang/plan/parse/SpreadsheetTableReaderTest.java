package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

class SpreadsheetTableReaderTest {

    private final PlanDocumentImporter importer = new PlanDocumentImporter();

    private static List<List<String>> readXls(byte[] xls) throws IOException {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(xls))) {
            return new SpreadsheetTableReader().readXls(file);
        }
    }

    @Test
    void shouldRepeatAMergedXlsRegionDownTheRowsItCovers() throws IOException {
        List<List<String>> rows = List.of(
                List.of("工作任务", "具体要求", "责任单位"),
                List.of("(一)推进公开", "1.公开政策文件。", "市政府办公室"),
                List.of("", "2.公开权责清单。", ""),
                List.of("(二)优化服务", "1.公开预决算。", "市财政局"));
        byte[] xls = LegacyFiles.xls(rows, new CellRangeAddress(1, 2, 0, 0), new CellRangeAddress(1, 2, 2, 2));

        assertThat(readXls(xls).get(2)).containsExactly("(一)推进公开", "2.公开权责清单。", "市政府办公室");
        assertThat(importer.read(xls, "plan.xls", 2022).tasks())
                .extracting(t -> t.sectionPath().get(0))
                .containsExactly("(一)推进公开", "(一)推进公开", "(二)优化服务");
    }

    @Test
    void shouldKeepAColumnSpanningXlsRegionInItsFirstCell() throws IOException {
        List<List<String>> rows = List.of(List.of("一、深化公开", "", ""), List.of("1", "公开文件", "市政府办公室"));

        assertThat(readXls(LegacyFiles.xls(rows, new CellRangeAddress(0, 0, 0, 2)))
                        .get(0))
                .containsExactly("一、深化公开", "", "");
    }

    @Test
    void shouldCutAnXlsRowAtSixtyColumns() throws IOException {
        List<String> wide = Collections.nCopies(80, "任务");

        assertThat(readXls(LegacyFiles.xls(List.of(wide, wide))).get(0)).hasSize(60);
    }

    @Test
    void shouldRejectATruncatedXls() {
        byte[] xls = LegacyFiles.xls(TaskTables.ROWS);
        byte[] truncated = Arrays.copyOf(xls, xls.length / 2);

        assertThatThrownBy(() -> importer.read(truncated, "plan.xls", 2022))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("损坏");
    }

    @Test
    void shouldRejectAnXlsWithoutContent() {
        assertThatThrownBy(() -> importer.read(LegacyFiles.xls(List.of()), "plan.xls", 2022))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("没有找到表格");
    }

    @Test
    void shouldRejectAPasswordProtectedXls() {
        byte[] encrypted;
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try {
            encrypted = LegacyFiles.xls(TaskTables.ROWS);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThatThrownBy(() -> importer.read(encrypted, "plan.xls", 2022))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("密码");
    }

    @Test
    void shouldRejectAPasswordProtectedXlsxWrappedInOle2() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            file.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            file.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            file.writeFilesystem(out);
        }

        assertThatThrownBy(() -> importer.read(out.toByteArray(), "plan.xlsx", 2022))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("密码");
    }

    @Test
    void shouldRejectAnOle2FileThatIsNeitherDocNorXls() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            file.createDocument(new ByteArrayInputStream(new byte[64]), "PowerPoint Document");
            file.writeFilesystem(out);
        }

        assertThatThrownBy(() -> importer.read(out.toByteArray(), "plan.ppt", 2022))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("复合文档");
    }
}
