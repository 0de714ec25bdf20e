package org.taizhang.plan.parse;

/** One drawn character of a page: its text, left edge, width, baseline and height, in top-down coordinates. */
record PdfGlyph(String text, double x, double width, double baseline, double height) {

    double centreX() {
        return x + width / 2;
    }

    double centreY() {
        return baseline - height / 2;
    }

    double right() {
        return x + width;
    }
}
