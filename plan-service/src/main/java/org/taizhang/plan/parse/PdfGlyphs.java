package org.taizhang.plan.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects the glyphs of each page with their positions; layout is left to the grid, not the stripper's order. */
final class PdfGlyphs extends PDFTextStripper {

    private final int maxGlyphs;
    private final List<List<PdfGlyph>> pages = new ArrayList<>();
    private int count;

    private PdfGlyphs(int maxGlyphs) {
        this.maxGlyphs = maxGlyphs;
    }

    /** The glyphs of pages 1..{@code pages}; throws {@link TooMuchText} past {@code maxGlyphs} glyphs. */
    static List<List<PdfGlyph>> of(PDDocument document, int pages, int maxGlyphs) throws IOException {
        PdfGlyphs glyphs = new PdfGlyphs(maxGlyphs);
        glyphs.setStartPage(1);
        glyphs.setEndPage(pages);
        glyphs.getText(document);
        return glyphs.pages;
    }

    @Override
    protected void startPage(PDPage page) {
        pages.add(new ArrayList<>());
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isBlank()) {
            // spaces are recovered from the gaps between glyphs
            return;
        }
        if (++count > maxGlyphs) {
            throw new TooMuchText();
        }
        // the ink height of a CJK glyph is about 0.8 em; PDFBox's own height is the whole line's, which overlaps
        double size = text.getFontSizeInPt();
        double height = size > 1 ? size * 0.8 : Math.max(1, text.getHeightDir());
        pages.get(pages.size() - 1)
                .add(new PdfGlyph(unicode, text.getXDirAdj(), text.getWidthDirAdj(), text.getYDirAdj(), height));
    }

    @Override
    protected void writePage() {
        // the positions are all this reader needs: no text is written
    }

    /** Thrown past the glyph limit: a hostile or absurd document. */
    static final class TooMuchText extends RuntimeException {
        TooMuchText() {
            super("too many glyphs", null, false, false);
        }
    }
}
