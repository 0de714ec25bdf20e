package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfTableReaderTest {

    private static final List<String> COUNTY_HEADER = List.of("序号", "具体要求", "责任单位", "时限要求");

    @Test
    void readsTheRenderedCountyPlanAcrossPages() {
        List<List<String>> rows = new PdfTableReader().read(corpus("county-plan-tab-indented.pdf"));

        assertThat(rows.get(0)).containsExactly("濉溪县2021年政务公开重点工作任务分工（征求意见稿）");
        assertThat(rows.get(1)).isEqualTo(COUNTY_HEADER);
        assertThat(rows).filteredOn(COUNTY_HEADER::equals).hasSize(1);
        // every task once: rows Word split at a page break are joined again
        List<String> numbers =
                rows.stream().map(r -> r.get(0)).filter(c -> c.matches("\\d+")).toList();
        assertThat(numbers)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 43).mapToObj(String::valueOf).toList());
        assertThat(rows).hasSize(78).allMatch(r -> r.size() == 1 || r.size() == 4);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "county-plan-tab-indented",
                "district-plan-numbered-cells",
                "city-plan-one-cell-per-line",
                "city-plan-rows-with-lead-and-status",
                "city-plan-rows-with-section-column"
            })
    void readsOneRowPerRenderedTableRow(String sample) {
        String html = new String(corpus(sample + ".html"), StandardCharsets.UTF_8);
        long tableRows = html.split("<tr>", -1).length - 1;
        long above = html.contains("<p") ? 1 : 0;

        assertThat(new PdfTableReader().read(corpus(sample + ".pdf"))).hasSize((int) (tableRows + above));
    }

    @Test
    void joinsWrappedCjkLinesWithoutSpaces() {
        List<List<String>> rows = new PdfTableReader().read(corpus("county-plan-tab-indented.pdf"));

        assertThat(row(rows, "1").get(1))
                .isEqualTo(
                        "主动公开国民经济和社会发展第十四个五年规划纲要、国土空间规划、专项规划和区域规划等，做好历史规划（计划）的归集整理" + "和主动公开工作，充分展示“一张蓝图绘到底”的接续奋斗历程。");
        // task 11 runs over a page break in the rendered PDF
        assertThat(row(rows, "11").get(2)).isEqualTo("县直有关部门，县直各单位负责落实");
        assertThat(row(rows, "11").get(3)).isEqualTo("持续推进");
        assertThat(row(rows, "33").get(2)).isEqualTo("县政府各部门，各镇、县直各单位负责落实");
    }

    @Test
    void repeatsAMergedSectionCellInEveryRowItCovers() {
        List<List<String>> rows = new PdfTableReader().read(corpus("district-plan-numbered-cells.pdf"));

        assertThat(rows.get(0)).containsExactly("序号", "工作任务", "具体工作要求", "责任单位", "完成时限");
        assertThat(rows).hasSize(23);
        // 9 to 12 share one merged cell, which the PDF cuts at the page break before 12
        for (String number : List.of("9", "10", "11", "12")) {
            assertThat(row(rows, number).get(1)).isEqualTo("三、提升解读咨询水平,增强政策传播效能");
        }
        assertThat(row(rows, "13").get(1)).isEqualTo("四、有序扩大公众参与,促进科学民主决策");
    }

    @Test
    void readsTheSameRowsFromRotatedOrOffsetPages() throws IOException {
        byte[] original = corpus("district-plan-numbered-cells.pdf");
        List<List<String>> expected = new PdfTableReader().read(original);
        try (PDDocument document = Loader.loadPDF(original)) {
            for (PDPage page : document.getPages()) {
                page.setRotation(90);
                page.setCropBox(new PDRectangle(10, 15, 580, 820));
            }
            assertThat(new PdfTableReader().read(SyntheticPdf.save(document))).isEqualTo(expected);
        }
    }

    @Test
    void importsTheCountyPlanEndToEnd() throws IOException {
        ParsedDocument document =
                new PlanDocumentImporter().read(corpus("county-plan-tab-indented.pdf"), "x.pdf", 2021);
        JsonNode expected = new ObjectMapper()
                .readTree(Samples.bytes("county-plan-tab-indented.expected.json"))
                .get("tasks");

        assertThat(document.tasks()).hasSize(43);
        for (int i : new int[] {0, 10, 32, 42}) {
            ParsedTask task = document.tasks().get(i);
            JsonNode facts = expected.get(i);
            assertThat(task.number()).isEqualTo(facts.get("number").asText());
            assertThat(task.responsibleRaw()).isEqualTo(facts.get("unitsRaw").asText());
            assertThat(task.deadlineRaw()).isEqualTo(facts.get("deadlineRaw").asText());
            assertThat(task.sectionPath()).contains(facts.get("section").asText());
            assertThat(task.units().stream().map(u -> u.name()).toList())
                    .containsExactlyElementsOf(facts.get("units")
                            .valueStream()
                            .map(JsonNode::asText)
                            .toList());
        }
    }

    @Test
    void importsABorderlessTableFromTheGapsInItsText() {
        byte[] pdf = corpus("county-plan-tab-indented-borderless.pdf");

        assertThat(new PdfTableReader().read(pdf)).contains(COUNTY_HEADER);
        ParsedDocument document = new PlanDocumentImporter().read(pdf, "x.pdf", 2021);
        assertThat(document.tasks())
                .extracting(ParsedTask::number)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 43).mapToObj(String::valueOf).toList());
        assertThat(document.tasks().get(10).responsibleRaw()).isEqualTo("县直有关部门，县直各单位负责落实");
    }

    @Test
    void readsADrawnTableDroppingPageNumbersAndRepeatedHeaders() throws IOException {
        List<List<String>> rows = new PdfTableReader().read(SyntheticPdf.twoPageTable());

        assertThat(rows)
                .containsExactly(
                        List.of("Work plan"),
                        List.of("No", "Task", "Unit"),
                        List.of("1", "Open budget data every quarter", "Finance"),
                        List.of("2", "Publish rules", "Finance"),
                        List.of("3", "Answer requests", "Office"));
    }

    @Test
    void rejectsAnEncryptedPdf() throws IOException {
        byte[] encrypted;
        try (PDDocument document = SyntheticPdf.withText("secret")) {
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            encrypted = SyntheticPdf.save(document);
        }

        assertThatThrownBy(() -> new PdfTableReader().read(encrypted))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("加密的 PDF")
                .hasMessageContaining("encrypted");
    }

    @Test
    void rejectsAPdfWithoutText() throws IOException {
        byte[] scanned;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(50, 50, 300, 200);
                content.stroke();
            }
            scanned = SyntheticPdf.save(document);
        }

        assertThatThrownBy(() -> new PdfTableReader().read(scanned))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("扫描")
                .hasMessageContaining("OCR");
    }

    @Test
    void rejectsGarbageAfterTheSignature() {
        byte[] garbage = "%PDF-1.7\n\u0000\u0001 not a pdf at all ]]>> endobj".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> new PlanDocumentImporter().read(garbage, "x.pdf", 2021))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("PDF");
    }

    @Test
    void readsATableWithoutRulingsFromTheGapsInItsText() throws IOException {
        byte[] pdf;
        try (PDDocument document = SyntheticPdf.withText("No    Task    Unit", "1    Publish rules    Finance")) {
            pdf = SyntheticPdf.save(document);
        }

        assertThat(new PdfTableReader().read(pdf))
                .containsExactly(List.of("No", "Task", "Unit"), List.of("1", "Publish rules", "Finance"));
    }

    private static List<String> row(List<List<String>> rows, String number) {
        return rows.stream().filter(r -> r.get(0).equals(number)).findFirst().orElseThrow();
    }

    static byte[] corpus(String name) {
        try (InputStream in = PdfTableReaderTest.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PDFs drawn with PDFBox: Latin text only, the standard fonts have no CJK glyphs. */
    static final class SyntheticPdf {

        private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        static PDDocument withText(String... lines) throws IOException {
            PDDocument document = new PDDocument();
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < lines.length; i++) {
                    text(content, 60, 700 - 20 * i, lines[i].replace("    ", "\t"));
                }
            }
            return document;
        }

        static byte[] save(PDDocument document) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }

        /** Columns at x 50 | 100 | 300 | 400; page 1 rows 1 and 2 with a merged unit cell, page 2 row 3. */
        static byte[] twoPageTable() throws IOException {
            try (PDDocument document = new PDDocument()) {
                page(document, true, new String[][] {{"1", "Open budget data", "Finance"}, {"2", "Publish rules", null}
                });
                page(document, false, new String[][] {{"3", "Answer requests", "Office"}});
                return save(document);
            }
        }

        private static void page(PDDocument document, boolean first, String[][] rows) throws IOException {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                if (first) {
                    text(content, 60, 740, "Work plan");
                }
                float top = 700;
                float[] xs = {50, 100, 300, 400};
                float bottom = top - 40 * (rows.length + 1);
                // header row, then body rows; the unit column's merged cell has no ruling between its rows
                line(content, xs[0], top, xs[3], top);
                line(content, xs[0], top - 40, xs[3], top - 40);
                for (int r = 1; r <= rows.length; r++) {
                    float y = top - 40 * (r + 1);
                    boolean mergedBelow = r < rows.length && rows[r][2] == null;
                    line(content, xs[0], y, mergedBelow ? xs[2] : xs[3], y);
                }
                for (float x : xs) {
                    line(content, x, top, x, bottom);
                }
                String[] header = {"No", "Task", "Unit"};
                for (int c = 0; c < 3; c++) {
                    text(content, xs[c] + 4, top - 25, header[c]);
                }
                for (int r = 0; r < rows.length; r++) {
                    float y = top - 40 * (r + 1) - 16;
                    text(content, xs[0] + 4, y, rows[r][0]);
                    text(content, xs[1] + 4, y, rows[r][1]);
                    if (r == 0 && first) {
                        // a wrapped cell: its second line carries on the first
                        text(content, xs[1] + 4, y - 12, "every quarter");
                    }
                    if (rows[r][2] != null) {
                        text(content, xs[2] + 4, y - (first ? 20 : 0), rows[r][2]);
                    }
                }
                text(content, 280, 60, first ? "- 1 -" : "- 2 -");
            }
        }

        private static void line(PDPageContentStream content, float x0, float y0, float x1, float y1)
                throws IOException {
            content.moveTo(x0, y0);
            content.lineTo(x1, y1);
            content.stroke();
        }

        private static void text(PDPageContentStream content, float x, float y, String text) throws IOException {
            String[] chunks = text.split("\t");
            for (int i = 0; i < chunks.length; i++) {
                content.beginText();
                content.setFont(FONT, 10);
                content.newLineAtOffset(x + 150 * i, y);
                content.showText(chunks[i]);
                content.endText();
            }
        }
    }
}
