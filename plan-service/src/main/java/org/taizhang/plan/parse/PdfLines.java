package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups glyphs into text lines by baseline and joins them into cell text: a gap is a space, a wrap joins CJK tight. */
final class PdfLines {

    /** A gap wider than this share of the glyph height between two glyphs of a line is a space. */
    private static final double SPACE = 0.3;

    private PdfLines() {}

    /** The lines of {@code glyphs}, top to bottom, each sorted left to right. */
    static List<List<PdfGlyph>> lines(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline));
        List<List<PdfGlyph>> lines = new ArrayList<>();
        List<PdfGlyph> line = null;
        double baseline = 0;
        for (PdfGlyph glyph : sorted) {
            if (line == null || glyph.baseline() - baseline > glyph.height() * 0.5) {
                line = new ArrayList<>();
                lines.add(line);
                baseline = glyph.baseline();
            }
            line.add(glyph);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(PdfGlyph::x)));
        return lines;
    }

    /** The text of a cell: its lines joined as wrapped text. */
    static String text(List<PdfGlyph> glyphs) {
        StringBuilder text = new StringBuilder();
        for (List<PdfGlyph> line : lines(glyphs)) {
            join(text, lineText(line));
        }
        return text.toString();
    }

    /**
     * The text of a line; a space where glyphs stand apart, between CJK characters too: a gap inside a line was typed
     * (units listed as {@code 市发改委 市自然资源局}), while a wrap between lines is only the cell's width.
     */
    static String lineText(List<PdfGlyph> line) {
        StringBuilder text = new StringBuilder();
        PdfGlyph previous = null;
        for (PdfGlyph glyph : line) {
            if (previous != null && glyph.x() - previous.right() > SPACE * glyph.height()) {
                text.append(' ').append(glyph.text());
            } else {
                text.append(glyph.text());
            }
            previous = glyph;
        }
        return text.toString();
    }

    /** Appends {@code next}, with a space only when both sides are Latin letters, digits or Latin punctuation. */
    static void join(StringBuilder text, String next) {
        if (next.isEmpty()) {
            return;
        }
        if (!text.isEmpty() && latin(text.charAt(text.length() - 1)) && latin(next.charAt(0))) {
            text.append(' ');
        }
        text.append(next);
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && !Character.isWhitespace(c);
    }
}
