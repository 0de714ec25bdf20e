package org.taizhang.assignment.directory.io;

/** Cleaning of cell text as typed in spreadsheets: stray BOMs, non-breaking and full-width spaces, full-width ASCII. */
final class CellText {

    private static final int SHOWN = 40;

    private CellText() {}

    /** The cell without leading and trailing space of any kind; never null. */
    static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        return cell.replace('\u00A0', ' ')
                .replace("\uFEFF", "")
                .replace("\u200B", "")
                .strip();
    }

    /** The cleaned cell with full-width ASCII (Ａ, １, （）) made half-width and the ideographic space a space. */
    static String narrow(String cell) {
        StringBuilder out = new StringBuilder();
        clean(cell).codePoints().map(CellText::narrow).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** A cell's text for a message: in 「」, shortened, so that a pasted essay does not flood the error list. */
    static String quote(String cell) {
        String text = clean(cell);
        return "「" + (text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text) + "」";
    }

    private static int narrow(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return c - 0xFEE0;
        }
        return c == 0x3000 ? ' ' : c;
    }
}
