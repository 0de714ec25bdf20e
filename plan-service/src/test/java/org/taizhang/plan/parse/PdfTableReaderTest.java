package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfTableReaderTest {

    private static final List<String> COUNTY_HEADER = List.of("序号", "具 体 要 求", "责任单位", "时限要求");

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
                "city-plan-rows-with-section-column",
                "city-plan-rows-with-lead-and-status",
                "city-plan-one-cell-per-line"
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
    void keepsTheSpaceTypedBetweenUnitNamesThatWrapInTheirCell() {
        List<List<String>> rows = new PdfTableReader().read(corpus("city-plan-rows-with-lead-and-status.pdf"));

        // the cell wraps after 市发改委 市 and the next line goes on with 自然资源局
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("市发改委 市自然资源局"));
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
            assertThat(new PdfTableReader().read(SyntheticPdfs.save(document))).isEqualTo(expected);
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
        List<List<String>> rows = new PdfTableReader().read(SyntheticPdfs.twoPageTable());

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
        try (PDDocument document = SyntheticPdfs.withText("secret")) {
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            encrypted = SyntheticPdfs.save(document);
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
            scanned = SyntheticPdfs.save(document);
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
        try (PDDocument document = SyntheticPdfs.withText("No    Task    Unit", "1    Publish rules    Finance")) {
            pdf = SyntheticPdfs.save(document);
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
}
