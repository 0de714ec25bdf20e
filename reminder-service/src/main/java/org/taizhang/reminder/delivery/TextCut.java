package org.taizhang.reminder.delivery;

import java.nio.charset.StandardCharsets;

/** Shortens text to a platform's limit, counted in UTF-8 bytes or in characters, never inside a character. */
public final class TextCut {

    /** Put where text was cut, so a reader sees it was. */
    public static final String MARK = "…";

    private TextCut() {}

    /** The longest prefix of {@code text} (code points whole) whose UTF-8 form fits {@code maxBytes}. */
    public static String toBytes(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = utf8Length(cp);
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return text.substring(0, end);
    }

    /** {@code text} cut to {@code maxBytes} of UTF-8 with {@link #MARK} at the end when it had to be cut. */
    public static String toBytesMarked(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        return toBytes(text, maxBytes - MARK.getBytes(StandardCharsets.UTF_8).length) + MARK;
    }

    /** The first {@code maxChars} characters (code points, as SMS providers count them) of {@code text}. */
    public static String toChars(String text, int maxChars) {
        if (text.codePointCount(0, text.length()) <= maxChars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxChars));
    }

    public static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
