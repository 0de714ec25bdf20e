package org.taizhang.assignment.progress;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether text a report carries is plain text: no control characters (NUL, which the database refuses outright, and
 * the rest of C0, DEL and C1, which no screen shows) and no half of a surrogate pair. Multi-line text keeps tab, CR
 * and LF. The answer names the field, the character and where it is, never the text itself.
 */
public final class PlainText {

    private PlainText() {}

    /** A single-line value: an id, a link, a name. */
    public static Optional<String> line(String field, String text) {
        return check(field, text, false);
    }

    /** A multi-line value: a summary. */
    public static Optional<String> lines(String field, String text) {
        return check(field, text, true);
    }

    private static Optional<String> check(String field, String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(describe(field, "half of a surrogate pair", c, i));
            } else if (Character.getType(c) == Character.CONTROL && !(multiLine && isLineBreakOrTab(c))) {
                return Optional.of(describe(field, "a control character", c, i));
            }
        }
        return Optional.empty();
    }

    private static boolean isLineBreakOrTab(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    private static String describe(String field, String what, char c, int index) {
        return String.format(
                Locale.ROOT, "%s holds %s (U+%04X) at position %d; send plain text", field, what, (int) c, index + 1);
    }
}
