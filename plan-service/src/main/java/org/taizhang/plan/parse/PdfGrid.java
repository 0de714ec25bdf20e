package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bordered table of a page: column and row boundaries from the rulings, glyphs placed by their centre. A grid cell
 * with no ruling above it continues the cell above (a vertical merge, its text repeated in every row it covers); one
 * with no ruling to its left continues the cell to its left (a column span, its text in the first column).
 */
final class PdfGrid {

    /** Rulings closer than this are one boundary: Word draws double or overlapping borders. */
    private static final double SNAP = 2.5;
    /** Borders may stop this short of the cell centre line they should cross. */
    private static final double SLACK = 1;

    private final double[] xs;
    private final double[] ys;
    private final int[] parent;

    private PdfGrid(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        this.parent = new int[(xs.length - 1) * (ys.length - 1)];
        Arrays.setAll(parent, i -> i);
    }

    /** The page's grid, or null when its rulings frame no table of at least one cell. */
    static PdfGrid of(PdfRulings rulings, int maxColumns, int maxRows) {
        return of(rulings.horizontal(), rulings.vertical(), maxColumns, maxRows);
    }

    /** The grid framed by {@code horizontal} and {@code vertical} rulings, or null when they frame no cell. */
    static PdfGrid of(List<PdfSegment> horizontal, List<PdfSegment> vertical, int maxColumns, int maxRows) {
        double[] xs = PdfClusters.positions(vertical, SNAP);
        double[] ys = PdfClusters.positions(horizontal, SNAP);
        if (xs.length < 2 || ys.length < 2 || xs.length > maxColumns + 1 || ys.length > maxRows + 1) {
            return null;
        }
        PdfGrid grid = new PdfGrid(xs, ys);
        grid.merge(horizontal, vertical);
        return grid;
    }

    double top() {
        return ys[0];
    }

    double bottom() {
        return ys[ys.length - 1];
    }

    /** Whether the glyph's centre lies inside the table. */
    boolean contains(PdfGlyph glyph) {
        return column(glyph.centreX()) >= 0 && row(glyph.centreY()) >= 0;
    }

    /** The table's rows, rows without any text left out, with what a page break may have cut. */
    PdfPageBreaks.PageTable table(List<PdfGlyph> glyphs) {
        int columns = xs.length - 1;
        List<List<PdfGlyph>> byCell = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            byCell.add(new ArrayList<>());
        }
        for (PdfGlyph glyph : glyphs) {
            int column = column(glyph.centreX());
            int row = row(glyph.centreY());
            if (column >= 0 && row >= 0) {
                byCell.get(find(row * columns + column)).add(glyph);
            }
        }
        String[] texts = new String[parent.length];
        List<List<String>> rows = new ArrayList<>();
        int[] topRoots = new int[columns];
        int[] topSpans = new int[columns];
        boolean[] merged = new boolean[columns];
        for (int row = 0; row < ys.length - 1; row++) {
            List<String> cells = new ArrayList<>(columns);
            for (int column = 0; column < columns; column++) {
                int root = find(row * columns + column);
                boolean spanned = column > 0 && find(row * columns + column - 1) == root;
                merged[column] |= row > 0 && find((row - 1) * columns + column) == root;
                if (texts[root] == null) {
                    texts[root] = PdfLines.text(byCell.get(root));
                }
                cells.add(spanned ? "" : texts[root]);
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                countTopSpans(rows.isEmpty(), row, topRoots, topSpans);
                rows.add(cells);
            }
        }
        return new PdfPageBreaks.PageTable(rows, bottom(), topSpans, merged);
    }

    /** How many kept rows each column's topmost region covers: a cell merged across the page break covers them. */
    private void countTopSpans(boolean first, int row, int[] topRoots, int[] topSpans) {
        int columns = topRoots.length;
        for (int column = 0; column < columns; column++) {
            int root = find(row * columns + column);
            if (first) {
                topRoots[column] = root;
            }
            if (topRoots[column] == root) {
                topSpans[column]++;
            } else {
                topRoots[column] = -1;
            }
        }
    }

    private void merge(List<PdfSegment> horizontalRulings, List<PdfSegment> verticalRulings) {
        int columns = xs.length - 1;
        List<List<PdfSegment>> horizontal = PdfClusters.byPosition(horizontalRulings, ys, SNAP);
        List<List<PdfSegment>> vertical = PdfClusters.byPosition(verticalRulings, xs, SNAP);
        for (int row = 0; row < ys.length - 1; row++) {
            double midY = (ys[row] + ys[row + 1]) / 2;
            for (int column = 0; column < columns; column++) {
                double midX = (xs[column] + xs[column + 1]) / 2;
                if (row > 0 && !crosses(horizontal.get(row), midX)) {
                    union(row * columns + column, (row - 1) * columns + column);
                }
                if (column > 0 && !crosses(vertical.get(column), midY)) {
                    union(row * columns + column, row * columns + column - 1);
                }
            }
        }
    }

    private static boolean crosses(List<PdfSegment> rulings, double along) {
        return rulings.stream().anyMatch(s -> s.covers(along, SLACK));
    }

    private int find(int cell) {
        while (parent[cell] != cell) {
            parent[cell] = parent[parent[cell]];
            cell = parent[cell];
        }
        return cell;
    }

    /** Joins two cells' regions; the region is named by its smaller (top-left) cell. */
    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private int column(double x) {
        return PdfClusters.slot(xs, x);
    }

    private int row(double y) {
        return PdfClusters.slot(ys, y);
    }
}
