package org.taizhang.plan.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs drawn with PDFBox: Latin text only, the standard fonts have no CJK glyphs. */
final class SyntheticPdfs {

    private SyntheticPdfs() {}

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
            page(document, true, new String[][] {{"1", "Open budget data", "Finance"}, {"2", "Publish rules", null}});
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

    private static void line(PDPageContentStream content, float x0, float y0, float x1, float y1) throws IOException {
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
