package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The text of a page that is no table cell: the lines above a bordered table, page numbers. */
final class PdfPageText {

    /** Page numbers and running footers, which are never table rows. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－\\s]*\\d+[-—–－\\s]*$|^第\\s*\\d+\\s*页(\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?$|^\\d+\\s*/\\s*\\d+$"
                    + "|^(?i:page)\\s*\\d+(\\s*(of|/)\\s*\\d+)?$");

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

    /** The glyphs of a page without the lines that are only a page number. */
    static List<PdfGlyph> withoutPageNumbers(List<PdfGlyph> glyphs) {
        List<PdfGlyph> kept = new ArrayList<>();
        List<List<PdfGlyph>> lines = PdfLines.lines(glyphs);
        for (int i = 0; i < lines.size(); i++) {
            List<PdfGlyph> line = lines.get(i);
            // only the page's first and last lines: a bare number inside is a task number alone on its baseline
            boolean margin = i == 0 || i >= lines.size() - 2;
            if (!margin || !PAGE_NUMBER.matcher(PdfLines.lineText(line)).matches()) {
                kept.addAll(line);
            }
        }
        return kept;
    }
}
