package org.taizhang.reporting.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Chinese text in Word documents. Word picks the font for Han characters from the East Asian slot of a run's
 * fonts ({@code w:eastAsia}), not from the Latin one; WPS also honours the {@code eastAsia} hint. Both are set on
 * every run and in the document defaults, so that Chinese never falls back to a Latin font.
 */
final class CjkDocx {

    static final String HEITI = "黑体";
    static final String SONGTI = "宋体";
    static final String FANGSONG = "仿宋";

    private static final int A4_LONG_TWIPS = 16838;
    private static final int A4_SHORT_TWIPS = 11906;
    private static final int MARGIN_TWIPS = 1247;

    private CjkDocx() {}

    static void defaults(XWPFDocument document) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setEastAsia(SONGTI);
        fonts.setAscii(SONGTI);
        fonts.setHAnsi(SONGTI);
        fonts.setHint(STHint.EAST_ASIA);
        document.createStyles().setDefaultFonts(fonts);
    }

    /** A4 landscape with 2.2 cm margins: the five columns need the width. */
    static void landscape(XWPFDocument document) {
        CTSectPr page = document.getDocument().getBody().addNewSectPr();
        page.addNewPgSz().setOrient(STPageOrientation.LANDSCAPE);
        page.getPgSz().setW(BigInteger.valueOf(A4_LONG_TWIPS));
        page.getPgSz().setH(BigInteger.valueOf(A4_SHORT_TWIPS));
        CTPageMar margins = page.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN_TWIPS);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }

    static int textWidthTwips() {
        return A4_LONG_TWIPS - 2 * MARGIN_TWIPS;
    }

    static XWPFRun text(XWPFParagraph paragraph, String text, String font, double points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        // Properties in the schema's order (fonts, bold, size), which strict validators of the file expect.
        for (FontCharRange range :
                new FontCharRange[] {FontCharRange.eastAsia, FontCharRange.ascii, FontCharRange.hAnsi}) {
            run.setFontFamily(font, range);
        }
        run.getCTR().getRPr().getRFontsArray(0).setHint(STHint.EAST_ASIA);
        if (bold) {
            run.setBold(true);
        }
        run.setFontSize(points);
        run.setText(text == null ? "" : text);
        return run;
    }
}
