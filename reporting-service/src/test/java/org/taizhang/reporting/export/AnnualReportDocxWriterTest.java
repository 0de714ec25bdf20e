package org.taizhang.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.taizhang.reporting.compute.AnnualReport;
import org.taizhang.reporting.model.AnnualSample;

/** Writes the document once and reads it back once: the tests only look at it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportDocxWriterTest {

    private final AnnualReport report = AnnualReport.of(AnnualSample.plan(), AnnualSample.AS_OF);
    private XWPFDocument document;
    private XWPFTable table;

    @BeforeAll
    void readBack() throws IOException {
        document = new XWPFDocument(new ByteArrayInputStream(new AnnualReportDocxWriter().write(report)));
        table = document.getTables().get(0);
    }

    @AfterAll
    void close() throws IOException {
        document.close();
    }

    @Test
    void shouldOpenWithTheTitleAndTheSummaryParagraph() {
        List<XWPFParagraph> paragraphs = document.getParagraphs();

        assertThat(paragraphs.get(0).getText()).isEqualTo(report.title());
        assertThat(paragraphs.get(1).getText()).isEqualTo(report.summary());
        assertThat(paragraphs.get(1).getIndentationFirstLine()).isEqualTo(560);
        assertThat(paragraphs.get(0).getRuns().get(0).getFontFamily(FontCharRange.eastAsia))
                .isEqualTo("黑体");
        assertThat(paragraphs.get(1).getRuns().get(0).getFontFamily(FontCharRange.eastAsia))
                .isEqualTo("仿宋");
    }

    @Test
    void shouldRepeatTheHeaderRowOnEveryPage() {
        XWPFTableRow header = table.getRow(0);

        assertThat(header.isRepeatHeader()).isTrue();
        assertThat(header.getTableCells()).extracting(XWPFTableCell::getText).isEqualTo(AnnualReport.HEADER);
        assertThat(table.getRow(1).isRepeatHeader()).isFalse();
    }

    @Test
    void shouldSpanSectionHeadingsAcrossTheTable() {
        XWPFTableRow heading = table.getRow(1);

        assertThat(heading.getTableCells()).hasSize(1);
        assertThat(heading.getCell(0).getText()).isEqualTo(AnnualSample.FIRST);
        assertThat(heading.getCell(0).getCTTc().getTcPr().getGridSpan().getVal())
                .hasToString("5");
    }

    @Test
    void shouldWriteEveryTaskRowWithItsStatus() {
        List<List<String>> rows = table.getRows().stream()
                .skip(1)
                .filter(r -> r.getTableCells().size() == 5)
                .map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList())
                .toList();

        assertThat(rows).hasSize(6);
        assertThat(rows).extracting(r -> r.get(4)).containsExactly("已完成", "已完成", "未完成", "未完成", "持续推进", "推进中");
        assertThat(rows.get(0).get(1)).isEqualTo(AnnualSample.TRICKY_REQUIREMENT);
        assertThat(table.getRows()).hasSize(1 + report.lines().size());
    }

    @Test
    void shouldSetTheEastAsianFontOnEveryRunSoWordAndWpsRenderChinese() {
        List<XWPFRun> runs = table.getRows().stream()
                .flatMap(r -> r.getTableCells().stream())
                .flatMap(c -> c.getParagraphs().stream())
                .flatMap(p -> p.getRuns().stream())
                .toList();

        assertThat(runs).isNotEmpty().allSatisfy(run -> {
            assertThat(run.getFontFamily(FontCharRange.eastAsia)).isIn("宋体", "黑体");
            assertThat(run.getFontFamily(FontCharRange.ascii)).isEqualTo(run.getFontFamily(FontCharRange.eastAsia));
            assertThat(run.getCTR().getRPr().getRFontsArray(0).getHint()).isEqualTo(STHint.EAST_ASIA);
        });
    }

    @Test
    void shouldDefaultTheDocumentToAChineseFontInLandscape() throws Exception {
        CTFonts defaults =
                document.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);

        assertThat(defaults.getEastAsia()).isEqualTo("宋体");
        assertThat(document.getDocument().getBody().getSectPr().getPgSz().getOrient())
                .isEqualTo(STPageOrientation.LANDSCAPE);
    }
}
