package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportRejectionTest {

    private final PlanDocumentImporter importer = new PlanDocumentImporter();

    private ParsedDocument importText(String text) {
        return importer.read(text.getBytes(StandardCharsets.UTF_8), "plan.txt", 2023);
    }

    @Test
    void shouldRejectATableWithoutTaskColumn() {
        assertThatThrownBy(() -> importText("责任单位 | 时限\n市发改委 | 年底前\n"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("任务列");
    }

    @Test
    void shouldRejectEmptyInput() {
        assertThatThrownBy(() -> importer.read(new byte[0], "plan.txt", 2023))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("为空");
        assertThatThrownBy(() -> importText("  \n \n"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("为空");
    }

    @Test
    void shouldRejectBinaryJunk() {
        byte[] junk = new byte[512];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = 0x01;

        assertThatThrownBy(() -> importer.read(junk, "plan.bin", 2023))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("无法");
    }

    @Test
    void shouldRejectPlainProseWithoutTable() {
        assertThatThrownBy(() -> importText("这是一份通知。\n请各单位认真贯彻执行。\n")).isInstanceOf(ImportRejectedException.class);
    }

    @Test
    void shouldRejectBrokenLegacyOfficeAndPdfFilesWithAdvice() {
        byte[] legacy = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> importer.read(legacy, "plan.doc", 2023))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("损坏");
        assertThatThrownBy(() -> importer.read(pdf, "plan.pdf", 2023))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("PDF");
    }
}
