package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** The .doc fixtures were saved by LibreOffice from HTML tables with row and column spans and from tab-separated text. */
class LegacyWordReaderTest {

    private static List<List<String>> read(byte[] doc) throws IOException {
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
            return new LegacyWordReader().read(file, new CellClassifier());
        }
    }

    @Test
    void shouldRepeatAVerticallyMergedCellDownTheRowsItCovers() throws IOException {
        List<List<String>> rows = read(TaskTables.fixture("task-table-rowspan.doc"));

        assertThat(rows).isEqualTo(TaskTables.ROWS);
    }

    @Test
    void shouldFollowACellSpanningColumnsWithEmptyCells() throws IOException {
        List<List<String>> rows = read(TaskTables.fixture("task-table-spans.doc"));

        assertThat(rows)
                .containsExactly(
                        List.of("序号", "工作任务", "责任单位", "完成时限"),
                        List.of("一、深化政务公开", "", "", ""),
                        List.of("1", "公开政策文件", "市政府办公室", "年底前"),
                        List.of("2", "公开权责清单", "市政府办公室", "6月底前"),
                        List.of("3", "公开预决算信息 市财政局", "", "持续推进"));
    }

    @Test
    void shouldReadTabSeparatedParagraphsOfADocWithoutTables() throws IOException {
        List<List<String>> rows = read(TaskTables.fixture("task-table-tabbed-text.doc"));

        assertThat(rows).contains(List.of("序号", "工作任务", "责任单位", "完成时限"), List.of("2", "公开权责清单", "市编办", "6月底前"));
        assertThat(new PlanDocumentImporter()
                        .read(TaskTables.fixture("task-table-tabbed-text.doc"), "plan.doc", 2025)
                        .tasks())
                .extracting(ParsedTask::title)
                .containsExactly("公开政策文件", "公开权责清单", "公开预决算信息");
    }

    @Test
    void shouldDropWordMarksAndFieldCodesFromCellText() {
        String raw = "公开\u0013 HYPERLINK \"http://x\" \u0014政策\u0015文件\r及时\u000B更新\u0007";

        assertThat(LegacyWordReader.text(raw)).isEqualTo("公开政策文件\n及时\n更新");
    }

    @Test
    void shouldRejectATruncatedDoc() {
        byte[] doc = TaskTables.fixture("task-table-rowspan.doc");
        byte[] truncated = Arrays.copyOf(doc, doc.length / 2);

        assertThatThrownBy(() -> new PlanDocumentImporter().read(truncated, "plan.doc", 2025))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("损坏");
    }

    @Test
    void shouldRejectAnOle2FileWithAGarbledWordStream() throws IOException {
        byte[] doc = TaskTables.fixture("task-table-rowspan.doc").clone();
        // keep the OLE2 header and directory readable, scramble the sectors holding the Word streams
        for (int i = 1024; i < doc.length - 1024; i++) {
            doc[i] = (byte) (i * 31);
        }

        assertThatThrownBy(() -> new PlanDocumentImporter().read(doc, "plan.doc", 2025))
                .isInstanceOf(ImportRejectedException.class);
    }
}
