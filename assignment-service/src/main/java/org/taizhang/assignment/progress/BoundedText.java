package org.taizhang.assignment.progress;

/**
 * Text a client sent, made fit to keep in a log column: control characters and halves of surrogate pairs (which the
 * database refuses or no screen shows) become U+FFFD, and text longer than the column is cut with an ellipsis. A
 * rejected report's id or names may be anything the client sent; the log keeps them as far as they can be kept.
 */
public final class BoundedText {

    static final char REPLACEMENT = '\uFFFD';
    static final char ELLIPSIS = '…';

    private BoundedText() {}

    /** The text, clean and at most {@code max} characters long; null stays null. */
    public static String fit(String text, int max) {
        if (text == null) {
            return null;
        }
        // Only the part that can be kept is looked at: a rejected id may be megabytes long.
        String clean = clean(text.length() > max ? text.substring(0, max + 1) : text);
        if (clean.length() <= max) {
            return clean;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + ELLIPSIS;
    }

    /** Every character kept but the ones no column or screen takes; a surrogate pair stays whole. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.getType(c) == Character.CONTROL) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
