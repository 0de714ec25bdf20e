package org.taizhang.assignment.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EvidenceContentTypesTest {

    @Test
    void shouldRecognisePdfAndImagesByTheirFirstBytes() {
        assertThat(EvidenceContentTypes.detect(EvidenceFixtures.PDF)).contains("application/pdf");
        assertThat(EvidenceContentTypes.detect(EvidenceFixtures.PNG)).contains("image/png");
        assertThat(EvidenceContentTypes.detect(EvidenceFixtures.JPEG)).contains("image/jpeg");
        assertThat(EvidenceContentTypes.detect(EvidenceFixtures.GIF)).contains("image/gif");
        assertThat(EvidenceContentTypes.detect(EvidenceFixtures.WEBP)).contains("image/webp");
    }

    @Test
    void shouldTellWordFromExcelInsideAnOoxmlArchive() {
        assertThat(EvidenceContentTypes.detect(
                        EvidenceFixtures.zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")))
                .contains(EvidenceContentTypes.DOCX);
        assertThat(EvidenceContentTypes.detect(EvidenceFixtures.zip("[Content_Types].xml", "xl/workbook.xml")))
                .contains(EvidenceContentTypes.XLSX);
    }

    @Test
    void shouldRefuseAZipThatIsNotAnOfficeDocument() {
        byte[] zip = EvidenceFixtures.zip("word/document.xml", "evil.exe");
        assertThat(EvidenceContentTypes.detect(zip)).isEmpty();
        assertThat(EvidenceContentTypes.describe(zip)).isEqualTo("a ZIP archive that is not a Word or Excel document");
        assertThat(EvidenceContentTypes.detect(EvidenceFixtures.zip("[Content_Types].xml", "ppt/presentation.xml")))
                .isEmpty();
    }

    @Test
    void shouldRefuseATruncatedZipWithoutFailing() {
        byte[] zip = EvidenceFixtures.zip("[Content_Types].xml", "word/document.xml");
        assertThat(EvidenceContentTypes.detect(Arrays.copyOf(zip, zip.length - 10)))
                .isEmpty();
        assertThat(EvidenceContentTypes.detect(new byte[] {'P', 'K', 3, 4})).isEmpty();
    }

    @Test
    void shouldTellLegacyWordFromLegacyExcelByTheirStreams() {
        assertThat(EvidenceContentTypes.detect(EvidenceFixtures.ole2("WordDocument")))
                .contains(EvidenceContentTypes.DOC);
        assertThat(EvidenceContentTypes.detect(EvidenceFixtures.ole2("Workbook")))
                .contains(EvidenceContentTypes.XLS);
        assertThat(EvidenceContentTypes.detect(EvidenceFixtures.ole2("Book"))).contains(EvidenceContentTypes.XLS);
        assertThat(EvidenceContentTypes.detect(EvidenceFixtures.ole2("PowerPoint Document")))
                .isEmpty();
    }

    @Test
    void shouldJudgeByContentNotByWhatTheTextClaims() {
        byte[] html = "<html><body>%PDF-1.7</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(EvidenceContentTypes.detect(html)).isEmpty();
        assertThat(EvidenceContentTypes.describe(html)).isEqualTo("content of an unrecognised kind");
        assertThat(EvidenceContentTypes.detect("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(EvidenceContentTypes.detect(new byte[] {(byte) 0xff})).isEmpty();
        assertThat(EvidenceContentTypes.detect(new byte[0])).isEmpty();
    }
}
