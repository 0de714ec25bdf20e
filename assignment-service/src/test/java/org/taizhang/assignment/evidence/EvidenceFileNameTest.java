package org.taizhang.assignment.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceFileNameTest {

    @Test
    void shouldKeepANameInAnyScript() {
        assertThat(EvidenceFileName.check("政策解读发布截图 (1).png")).isEmpty();
        assertThat(EvidenceFileName.check("字".repeat(255))).isEmpty();
    }

    @Test
    void shouldRefuseMissingLongOrControlCharacterNames() {
        assertThat(EvidenceFileName.check(" ")).contains("the file has no name");
        assertThat(EvidenceFileName.check("字".repeat(256))).contains("the file name is longer than 255 characters");
        assertThat(EvidenceFileName.check("a\nb.pdf")).get().asString().contains("control character (U+000A)");
        assertThat(EvidenceFileName.check("report\u202Efdp.exe"))
                .contains("the file name holds a bidirectional control character");
    }

    @Test
    void shouldEncodeTheNameForContentDisposition() {
        assertThat(ContentDisposition.attachment("佐证 \"1\".pdf"))
                .isEqualTo("attachment; filename=\"__ _1_.pdf\"; filename*=UTF-8''%E4%BD%90%E8%AF%81%20%221%22.pdf");
    }
}
