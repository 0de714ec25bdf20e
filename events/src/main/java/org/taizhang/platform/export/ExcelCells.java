package org.taizhang.platform.export;

/** Text as an Excel cell can hold it: Excel and POI refuse more than 32,767 characters in one cell. */
public final class ExcelCells {

    public static final int MAX_CHARS = 32_767;
    public static final String CUT_NOTE = "……（超出 Excel 单元格字数上限，以下从略；完整内容见 CSV 或 Word 版）";

    private ExcelCells() {}

    /** The text, or as much of it as fits followed by a note saying it was cut; never splits a surrogate pair. */
    public static String fit(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int keep = MAX_CHARS - CUT_NOTE.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + CUT_NOTE;
    }
}
