package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The text of a page outside a bordered table: the lines above it, or a whole page as lines of chunks. */
final class PdfPageText {

    /** Page numbers and running footers, which are never table rows. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－\\s]*\\d+[-—–－\\s]*$|^第\\s*\\d+\\s*页(\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?$|^\\d+\\s*/\\s*\\d+$"
                    + "|^(?i:page)\\s*\\d+(\\s*(of|/)\\s*\\d+)?$");
    /** A gap wider than this many glyph heights between two glyphs of a line separates two cells. */
    private static final double CELL_GAP = 1.5;

    private PdfPageText() {}

    /** The lines above the table, each one single-cell row (title, index number, issuing body). */
    static List<List<String>> above(List<PdfGlyph> glyphs, PdfGrid grid) {
        List<PdfGlyph> outside = glyphs.stream()
                .filter(g -> !grid.contains(g) && g.centreY() < grid.top())
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (List<PdfGlyph> line : PdfLines.lines(outside)) {
            String text = PdfLines.lineText(line);
            if (!PAGE_NUMBER.matcher(text).matches()) {
                rows.add(List.of(text));
            }
        }
        return rows;
    }

    /** All pages as text: one line per text line, {@code |} between its chunks, page numbers dropped. */
    static String piped(List<List<PdfGlyph>> pages) {
        StringBuilder text = new StringBuilder();
        for (List<PdfGlyph> page : pages) {
            for (List<PdfGlyph> line : PdfLines.lines(page)) {
                String joined = String.join(" | ", chunks(line));
                if (!PAGE_NUMBER.matcher(joined).matches()) {
                    text.append(joined).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static List<String> chunks(List<PdfGlyph> line) {
        List<String> chunks = new ArrayList<>();
        List<PdfGlyph> chunk = new ArrayList<>();
        PdfGlyph previous = null;
        for (PdfGlyph glyph : line) {
            if (previous != null && glyph.x() - previous.right() > CELL_GAP * glyph.height()) {
                chunks.add(PdfLines.lineText(chunk));
                chunk = new ArrayList<>();
            }
            chunk.add(glyph);
            previous = glyph;
        }
        chunks.add(PdfLines.lineText(chunk));
        return chunks;
    }
}
