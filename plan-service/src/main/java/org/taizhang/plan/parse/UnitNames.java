package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.taizhang.events.plan.UnitRole;

/** Turns one written unit piece into clean names: markers, annotations, 等-tails and spacing artefacts handled. */
final class UnitNames {

    /** A piece of a unit cell with its role marker taken off. */
    record Marked(String raw, UnitRole role) {}

    /** One unit as written and as understood; {@code forcedGroup} for the category after 等. */
    record Named(String raw, String name, boolean forcedGroup) {}

    private static final Pattern SPACE_BESIDE_HAN = Pattern.compile("\\s+(?=\\p{IsHan})|(?<=\\p{IsHan})\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[由请、，,；;。.：:\\s]+|[、，,；;。.：:\\s]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private UnitNames() {}

    /** Cuts a piece after every role marker that is followed by more text (市发改委牵头市财政局配合). */
    static List<Marked> byMarkers(String piece) {
        List<Marked> out = new ArrayList<>();
        String rest = piece;
        while (!rest.isBlank()) {
            int[] cut = firstInnerMarker(rest);
            if (cut == null) {
                out.add(trailingMarker(rest));
                break;
            }
            out.add(trailingMarker(rest.substring(0, cut[0])));
            rest = rest.substring(cut[0]);
        }
        return out;
    }

    /** Splits 市税务局等市有关单位 into the named unit and the category that closes the list. */
    static List<Named> named(String raw) {
        List<Named> out = new ArrayList<>();
        int etc = etcPosition(raw);
        if (etc < 0) {
            add(out, raw, false);
            return out;
        }
        add(out, raw.substring(0, etc), false);
        add(out, raw.substring(etc + 1), true);
        return out;
    }

    /** The clean name: canonical brackets, no spacing artefacts, no annotations, no leading 由. */
    static String clean(String raw) {
        String text = TextNormalizer.normalize(TextNormalizer.canonicalBrackets(raw));
        text = SPACE_BESIDE_HAN.matcher(withoutAnnotations(text)).replaceAll("");
        text = EDGE_PUNCTUATION.matcher(text).replaceAll("");
        return text.endsWith("等") ? text.substring(0, text.length() - 1).strip() : text;
    }

    private static void add(List<Named> out, String raw, boolean group) {
        String name = clean(raw);
        if (!name.isEmpty()) {
            out.add(new Named(raw.strip(), name, group));
        }
    }

    private static int etcPosition(String raw) {
        int depth = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            if (c == '等' && depth <= 0 && i > 0 && UnitVocabulary.endsLikeUnit(clean(raw.substring(0, i)))) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutAnnotations(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int close = text.charAt(i) == '（' ? text.indexOf('）', i) : -1;
            if (close > i && UnitVocabulary.isAnnotation(text.substring(i + 1, close))) {
                i = close + 1;
                continue;
            }
            out.append(text.charAt(i));
            i++;
        }
        return out.toString();
    }

    private static Marked trailingMarker(String piece) {
        String compact = WHITESPACE.matcher(piece).replaceAll("");
        for (Map.Entry<String, UnitRole> marker : UnitVocabulary.MARKERS) {
            if (compact.endsWith(marker.getKey())) {
                return new Marked(dropTrailing(piece, marker.getKey().length()), marker.getValue());
            }
        }
        return new Marked(piece.strip(), null);
    }

    /** Start of the text after the first marker that ends a name but not the piece, outside brackets. */
    private static int[] firstInnerMarker(String piece) {
        int depth = 0;
        for (int i = 1; i < piece.length(); i++) {
            char c = piece.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            // most characters start no marker: skip them before trying every marker
            if (depth > 0 || UnitVocabulary.MARKER_STARTS.indexOf(c) < 0) {
                continue;
            }
            for (Map.Entry<String, UnitRole> marker : UnitVocabulary.MARKERS) {
                int end = i + marker.getKey().length();
                if (piece.startsWith(marker.getKey(), i)
                        && !piece.substring(Math.min(end, piece.length())).isBlank()
                        && !isMarkerContinuation(piece.substring(end))) {
                    return new int[] {end};
                }
            }
        }
        return null;
    }

    private static boolean isMarkerContinuation(String after) {
        String next = after.strip();
        return UnitVocabulary.MARKERS.stream().anyMatch(m -> next.startsWith(m.getKey()));
    }

    private static String dropTrailing(String text, int nonSpaceChars) {
        int remaining = nonSpaceChars;
        int end = text.length();
        while (end > 0 && remaining > 0) {
            end--;
            if (!Character.isWhitespace(text.charAt(end))) {
                remaining--;
            }
        }
        return text.substring(0, end).strip();
    }
}
