package org.taizhang.plan.parse;

import java.util.regex.Pattern;

/**
 * Removes the artefacts PDF-to-text extraction leaves in Chinese text: spaces inside words and around brackets,
 * mixed full-width/half-width forms.
 *
 * <p>Spaces are only dropped where Chinese text touches Chinese text, punctuation or a bracket; a space next to a
 * Latin letter or a digit ({@code H5 等}, {@code 12345 热线}) may be meaningful and is kept as one space.
 */
public final class TextNormalizer {

    private static final Pattern NUMBERING_PREFIX = Pattern.compile("[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]");

    private TextNormalizer() {}

    /** Trims, collapses whitespace (line breaks included) and drops spaces that are extraction artefacts. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String collapsed = unifyWhitespace(text).strip();
        StringBuilder out = new StringBuilder(collapsed.length());
        int i = 0;
        while (i < collapsed.length()) {
            char c = collapsed.charAt(i);
            if (c != ' ') {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < collapsed.length() && collapsed.charAt(end) == ' ') {
                end++;
            }
            if (end < collapsed.length() && out.length() > 0 && keepsSpace(out, collapsed.charAt(end))) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** Half-width round brackets become full-width, the form unit names are written in. */
    public static String canonicalBrackets(String text) {
        if (text == null) {
            return "";
        }
        return text.replace('(', '（').replace(')', '）');
    }

    /** Full-width digits, Latin letters and ASCII punctuation become their half-width forms. */
    public static String halfWidth(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '！' && c <= '～' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }

    /** Whether the code point is Chinese text or the punctuation, brackets and quotes used with it. */
    public static boolean isCjk(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || (cp >= 0x2018 && cp <= 0x201F)
                || cp == 0x2026
                || cp == 0x2014
                || cp == 0x00B7;
    }

    static String unifyWhitespace(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || !isSpaceLike(text.charAt(i)))) {
            i++;
        }
        if (i == text.length()) {
            // most text holds no space but the plain one: nothing to copy
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isSpaceLike(c) ? ' ' : c);
        }
        return out.toString();
    }

    private static boolean isSpaceLike(char c) {
        if (c > ' ' && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF) {
            // printable ASCII and CJK ideographs, most of any plan, are never space: skip the Unicode lookups
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static boolean keepsSpace(CharSequence before, char right) {
        char left = before.charAt(before.length() - 1);
        if (isOpening(left) || isClosing(right)) {
            return false;
        }
        boolean rightCjk = isCjk(right) || isOpening(right);
        if (isClosing(left) && rightCjk) {
            // "(一) 标题": the space after a leading section number is how the document wrote it, not an artefact
            return isNumberingPrefix(before);
        }
        if (isCjk(left)) {
            return !rightCjk && !isAsciiPunctuation(right);
        }
        if (isAsciiPunctuation(left) && rightCjk) {
            return before.length() >= 2 && isLatinOrDigit(before.charAt(before.length() - 2));
        }
        return true;
    }

    private static boolean isNumberingPrefix(CharSequence before) {
        return NUMBERING_PREFIX.matcher(before).matches();
    }

    private static boolean isOpening(char c) {
        return c == '(' || c == '（' || c == '[' || c == '【' || c == '「' || c == '《' || c == '“' || c == '‘';
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == '）' || c == ']' || c == '】' || c == '」' || c == '》' || c == '”' || c == '’';
    }

    private static boolean isAsciiPunctuation(char c) {
        return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '.';
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
