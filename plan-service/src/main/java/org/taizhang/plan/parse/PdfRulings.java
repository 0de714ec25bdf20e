package org.taizhang.plan.parse;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** Collects a page's table rulings: stroked lines, stroked rectangle edges and thin filled rectangles. */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** Thicker than this a filled rectangle is shading, not a ruling. */
    private static final double THIN = 2.5;
    /** Segments shorter than this are glyph-like strokes (underlines of a character), not rulings. */
    private static final double MIN_LENGTH = 4;
    /** A page drawing more segments than this is not a table: the rest is ignored to bound memory. */
    private static final int MAX_SEGMENTS = 50_000;

    private final double top;
    private final double left;
    private final List<double[]> path = new ArrayList<>();
    private final List<double[]> rectangles = new ArrayList<>();
    private final List<PdfSegment> horizontal = new ArrayList<>();
    private final List<PdfSegment> vertical = new ArrayList<>();
    private Point2D.Double current = new Point2D.Double();

    PdfRulings(PDPage page) {
        super(page);
        // the text stripper measures from the crop box's top-left corner: so do the rulings
        this.top = page.getCropBox().getUpperRightY();
        this.left = page.getCropBox().getLowerLeftX();
    }

    /** The rulings of the page, in top-down coordinates like the text's. */
    static PdfRulings of(PDPage page) throws IOException {
        PdfRulings rulings = new PdfRulings(page);
        rulings.processPage(page);
        return rulings;
    }

    List<PdfSegment> horizontal() {
        return horizontal;
    }

    List<PdfSegment> vertical() {
        return vertical;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        if (rectangles.size() < MAX_SEGMENTS) {
            rectangles.add(new double[] {x0 - left, top - y1, x1 - left, top - y0});
        }
        current = new Point2D.Double(p0.getX(), p0.getY());
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Double(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (path.size() < MAX_SEGMENTS) {
            // a path is stroked as a whole: bound it even before it is drawn
            path.add(new double[] {current.x - left, top - current.y, x - left, top - y});
        }
        current = new Point2D.Double(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Double(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void strokePath() {
        for (double[] r : rectangles) {
            // a stroked rectangle is a cell's four borders
            add(r[0], r[1], r[2], r[1]);
            add(r[0], r[3], r[2], r[3]);
            add(r[0], r[1], r[0], r[3]);
            add(r[2], r[1], r[2], r[3]);
        }
        path.forEach(l -> add(l[0], l[1], l[2], l[3]));
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (double[] r : rectangles) {
            if (r[2] - r[0] <= THIN) {
                add((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            } else if (r[3] - r[1] <= THIN) {
                add(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            }
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void endPath() {
        path.clear();
        rectangles.clear();
    }

    @Override
    public void closePath() {
        // closing only matters for polygons, which are no rulings
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn
    }

    @Override
    public void drawImage(PDImage image) {
        // images carry no rulings
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings carry no rulings
    }

    @Override
    public void showTextString(byte[] string) {
        // text is read by the stripper; skipping glyph drawing here keeps this pass fast
    }

    @Override
    public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {
        // as showTextString
    }

    private void add(double x0, double y0, double x1, double y1) {
        if (horizontal.size() + vertical.size() >= MAX_SEGMENTS) {
            return;
        }
        if (Math.abs(y1 - y0) <= THIN && Math.abs(x1 - x0) >= MIN_LENGTH) {
            horizontal.add(new PdfSegment((y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)));
        } else if (Math.abs(x1 - x0) <= THIN && Math.abs(y1 - y0) >= MIN_LENGTH) {
            vertical.add(new PdfSegment((x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)));
        }
    }
}
