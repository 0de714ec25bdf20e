package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private final PlanDocumentImporter importer = new PlanDocumentImporter();

    @Test
    void shouldReadGb18030EncodedText() {
        byte[] bytes = "任务|责任单位|时限\n加强政务公开|市政务公开办|6月底前\n".getBytes(Charset.forName("GB18030"));

        ParsedDocument document = importer.read(bytes, "plan.txt", 2023);

        assertThat(document.tasks()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("加强政务公开");
            assertThat(t.deadline().dueDate()).isEqualTo(LocalDate.of(2023, 6, 30));
        });
    }

    @Test
    void shouldReadUtf8WithByteOrderMark() {
        byte[] text = "任务|责任单位|时限\n加强政务公开|市政务公开办|年底前\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        assertThat(importer.read(bytes, "plan.txt", 2023).tasks())
                .extracting(ParsedTask::title)
                .containsExactly("加强政务公开");
    }

    @Test
    void shouldReadTheSamplesWhenSavedAsGb18030() {
        String text = new String(Samples.bytes(Samples.SECTION_COLUMN), StandardCharsets.UTF_8);

        ParsedDocument document = importer.read(text.getBytes(Charset.forName("GB18030")), "plan.txt", 2022);

        assertThat(document.tasks()).hasSize(19);
    }
}
