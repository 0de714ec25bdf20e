package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rulings for a table drawn without borders, put where the text leaves gutters: a vertical one in each blank strip
 * between columns (broken where a row's text crosses it, so a full-width section row spans the columns), a horizontal
 * one in each vertical gap wider than the space between the lines of one cell.
 */
final class PdfGutters {

    /** A strip this many glyph heights wide with (almost) no glyph in it separates two columns. */
    private static final double COLUMN_GAP = 0.6;
    /** A vertical gap this many glyph heights high between lines of text separates two rows. */
    private static final double ROW_GAP = 1.0;
    /** Share of the page's lines allowed to cross a column gutter (titles, full-width section rows). */
    private static final double CROSSING = 0.15;

    private final List<PdfSegment> horizontal = new ArrayList<>();
    private final List<PdfSegment> vertical = new ArrayList<>();

    /** The gutters of a page's glyphs, page numbers already removed. */
    static PdfGutters of(List<PdfGlyph> glyphs) {
        PdfGutters gutters = new PdfGutters();
        if (!glyphs.isEmpty()) {
            double height =
                    glyphs.stream().mapToDouble(PdfGlyph::height).sorted().toArray()[glyphs.size() / 2];
            double top = glyphs.stream()
                            .mapToDouble(g -> g.baseline() - g.height())
                            .min()
                            .orElse(0)
                    - 1;
            double bottom =
                    glyphs.stream().mapToDouble(PdfGlyph::baseline).max().orElse(0) + 1;
            List<Double> rows = gutters.rows(glyphs, height, top, bottom);
            gutters.columns(glyphs, height, rows);
        }
        return gutters;
    }

    List<PdfSegment> horizontal() {
        return horizontal;
    }

    List<PdfSegment> vertical() {
        return vertical;
    }

    /** Row boundaries at the middle of each wide vertical gap, plus the text's top and bottom. */
    private List<Double> rows(List<PdfGlyph> glyphs, double height, double top, double bottom) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(g -> g.baseline() - g.height()));
        List<Double> rows = new ArrayList<>(List.of(top));
        double reach = sorted.get(0).baseline();
        for (PdfGlyph glyph : sorted) {
            double start = glyph.baseline() - glyph.height();
            if (start - reach > ROW_GAP * height) {
                rows.add((start + reach) / 2);
            }
            reach = Math.max(reach, glyph.baseline());
        }
        rows.add(bottom);
        return rows;
    }

    /** Column gutters: x strips crossed by few lines; each row gets the gutter unless its own text crosses it. */
    private void columns(List<PdfGlyph> glyphs, double height, List<Double> rows) {
        double left = glyphs.stream().mapToDouble(PdfGlyph::x).min().orElse(0);
        double right = glyphs.stream().mapToDouble(PdfGlyph::right).max().orElse(0);
        int width = (int) Math.ceil(right - left) + 1;
        int[] crossings = new int[width];
        List<List<PdfGlyph>> lines = PdfLines.lines(glyphs);
        for (List<PdfGlyph> line : lines) {
            boolean[] covered = new boolean[width];
            line.forEach(g -> mark(covered, g.x() - left, g.right() - left));
            for (int x = 0; x < width; x++) {
                crossings[x] += covered[x] ? 1 : 0;
            }
        }
        int allowed = (int) (lines.size() * CROSSING);
        horizontal.add(new PdfSegment(rows.get(0), left - 1, right + 1));
        for (int r = 1; r < rows.size(); r++) {
            horizontal.add(new PdfSegment(rows.get(r), left - 1, right + 1));
        }
        vertical.add(new PdfSegment(left - 1, rows.get(0), rows.get(rows.size() - 1)));
        vertical.add(new PdfSegment(right + 1, rows.get(0), rows.get(rows.size() - 1)));
        int start = -1;
        for (int x = 0; x <= width; x++) {
            boolean open = x < width && crossings[x] <= allowed;
            if (open && start < 0) {
                start = x;
            } else if (!open && start >= 0) {
                if (start > 0 && x < width && x - start >= COLUMN_GAP * height) {
                    gutter(glyphs, left + leastCrossed(crossings, start, x), rows);
                }
                start = -1;
            }
        }
    }

    /** A vertical ruling at {@code x} in every row whose text does not cross it. */
    private void gutter(List<PdfGlyph> glyphs, double x, List<Double> rows) {
        for (int r = 1; r < rows.size(); r++) {
            double top = rows.get(r - 1);
            double bottom = rows.get(r);
            boolean crossed = glyphs.stream()
                    .anyMatch(g -> g.x() < x && g.right() > x && g.centreY() > top && g.centreY() < bottom);
            if (!crossed) {
                vertical.add(new PdfSegment(x, top, bottom));
            }
        }
    }

    /** The middle of the widest run of least-crossed positions in [from, to): clear of a header word in the strip. */
    private static double leastCrossed(int[] crossings, int from, int to) {
        int least = Integer.MAX_VALUE;
        for (int x = from; x < to; x++) {
            least = Math.min(least, crossings[x]);
        }
        int bestStart = from;
        int bestLength = 0;
        int runStart = -1;
        for (int x = from; x <= to; x++) {
            if (x < to && crossings[x] == least) {
                runStart = runStart < 0 ? x : runStart;
            } else if (runStart >= 0) {
                if (x - runStart > bestLength) {
                    bestStart = runStart;
                    bestLength = x - runStart;
                }
                runStart = -1;
            }
        }
        return bestStart + bestLength / 2.0;
    }

    private static void mark(boolean[] covered, double from, double to) {
        for (int x = Math.max(0, (int) from); x < Math.min(covered.length, (int) Math.ceil(to)); x++) {
            covered[x] = true;
        }
    }
}
