package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a unit cell into the pieces that each name one unit, as written.
 *
 * <p>Punctuation separators (、，,；;) cut only outside brackets, so 各县(市、区)政府 stays whole. Whitespace is
 * ambiguous in PDF extractions: between two complete names (市发改委 市自然资源局) it separates them, inside a name
 * (各县 (市、 区 ) 政府, 市政府 办公室) it is an artefact. It separates only when the text before ends like a unit
 * name and the text after is not a bracket, a bare name ending such as 办公室, a role marker or 等.
 */
final class UnitSegmenter {

    private static final String SEPARATORS = "、，,；;/／\n\r";
    private static final String OPEN = "(（[【";
    private static final String CLOSE = ")）]】";
    private static final String CONJUNCTIONS = "和及与";
    private static final String NAME_STARTS = "市县区省各镇乡中";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private UnitSegmenter() {}

    static List<String> split(String raw) {
        List<String> pieces = new ArrayList<>();
        if (raw == null) {
            return pieces;
        }
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && cutsHere(raw, i, current)) {
                // the separator, space or conjunction itself belongs to no name
                flush(pieces, current);
            } else {
                current.append(c);
            }
        }
        flush(pieces, current);
        return pieces;
    }

    private static boolean cutsHere(String raw, int i, StringBuilder current) {
        char c = raw.charAt(i);
        if (SEPARATORS.indexOf(c) >= 0) {
            return true;
        }
        if (Character.isWhitespace(c) || c == '\u3000') {
            return separatesNames(current, nextWord(raw, i + 1));
        }
        if (CONJUNCTIONS.indexOf(c) >= 0) {
            String next = nextWord(raw, i + 1);
            return !next.isEmpty() && NAME_STARTS.indexOf(next.charAt(0)) >= 0 && endsLikeUnit(current);
        }
        return false;
    }

    private static boolean separatesNames(StringBuilder current, String next) {
        if (next.isEmpty() || !endsLikeUnit(current)) {
            return false;
        }
        char first = next.charAt(0);
        return OPEN.indexOf(first) < 0
                && CLOSE.indexOf(first) < 0
                && first != '等'
                && !UnitVocabulary.isBareSuffix(next)
                && UnitVocabulary.MARKERS.stream().noneMatch(m -> next.startsWith(m.getKey()));
    }

    private static boolean endsLikeUnit(StringBuilder current) {
        String compact = WHITESPACE
                .matcher(TextNormalizer.canonicalBrackets(current.toString()))
                .replaceAll("");
        return UnitVocabulary.endsLikeUnit(compact);
    }

    /** The text after a cut point up to the next separator or space, with leading spaces skipped. */
    private static String nextWord(String raw, int from) {
        int start = from;
        while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < raw.length()
                && !Character.isWhitespace(raw.charAt(end))
                && SEPARATORS.indexOf(raw.charAt(end)) < 0) {
            end++;
        }
        return TextNormalizer.canonicalBrackets(raw.substring(start, end));
    }

    private static void flush(List<String> pieces, StringBuilder current) {
        String piece = current.toString().strip();
        if (!piece.isEmpty()) {
            pieces.add(piece);
        }
        current.setLength(0);
    }
}
