package org.taizhang.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.taizhang.reporting.compute.AnnualReport;

/**
 * Writes the annual report as .docx: the title, the summary paragraph (仿宋, first line indented two characters as
 * official documents are), then the 落实情况 table whose header row repeats on every page and whose section
 * headings span the whole width.
 */
public final class AnnualReportDocxWriter {

    /** Column shares of the text width, in per mille: task, requirement, lead, responsible, status. */
    private static final int[] SHARES = {260, 370, 125, 165, 80};

    private static final String HEADER_SHADE = "D9D9D9";
    private static final int STATUS_COLUMN = 4;

    public byte[] write(AnnualReport report) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CjkDocx.defaults(document);
            heading(document, report.title());
            summary(document, report.summary());
            table(document, report.lines());
            CjkDocx.landscape(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void heading(XWPFDocument document, String title) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(240);
        CjkDocx.text(paragraph, title, CjkDocx.HEITI, 18, false);
    }

    private static void summary(XWPFDocument document, String summary) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        // Two characters of 14 pt: the indentation every paragraph of a Chinese official document starts with.
        paragraph.setIndentationFirstLine(2 * 14 * 20);
        paragraph.setSpacingAfter(240);
        CjkDocx.text(paragraph, summary, CjkDocx.FANGSONG, 14, false);
    }

    private static void table(XWPFDocument document, List<AnnualReport.Line> lines) {
        XWPFTable table = document.createTable(1, SHARES.length);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < SHARES.length; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEADER_SHADE);
            fill(cell, c, AnnualReport.HEADER.get(c), CjkDocx.HEITI, true);
        }
        for (AnnualReport.Line line : lines) {
            XWPFTableRow row = table.createRow();
            if (line.isHeading()) {
                spanAll(row);
                fill(row.getCell(0), -1, line.heading(), CjkDocx.HEITI, true);
            } else {
                List<String> cells = line.row().cells();
                for (int c = 0; c < cells.size(); c++) {
                    fill(row.getCell(c), c, cells.get(c), CjkDocx.SONGTI, false);
                }
            }
        }
    }

    /** Leaves one cell in the row and makes it span every column of the grid. */
    private static void spanAll(XWPFTableRow row) {
        for (int c = row.getTableCells().size() - 1; c > 0; c--) {
            row.removeCell(c);
        }
        CTTcPr properties = row.getCell(0).getCTTc().isSetTcPr()
                ? row.getCell(0).getCTTc().getTcPr()
                : row.getCell(0).getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(SHARES.length));
    }

    private static void fill(XWPFTableCell cell, int column, String text, String font, boolean bold) {
        if (column >= 0) {
            cell.setWidth(String.valueOf(CjkDocx.textWidthTwips() * SHARES[column] / 1000));
        }
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        if (column == STATUS_COLUMN || bold && column >= 0) {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
        }
        CjkDocx.text(paragraph, text, font, 10.5, bold);
    }
}
