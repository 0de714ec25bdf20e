package org.taizhang.assignment.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns unit names into comparison keys, so that 市发改委, 市 发展改革委 and 市发展和改革委员会（见附件1）all compare equal.
 *
 * <p>Rules, in order: full-width ASCII, digits and brackets become half-width and 【】〔〕［］ become (); all whitespace
 * (including ideographic and zero-width spaces) goes; ASCII is lower-cased; leading and trailing list punctuation goes;
 * trailing bracketed parts go (annotations such as （见附件1）, or a second name （市林业局））; 人民政府 becomes 政府;
 * then a bare level prefix 市/县/区 or a place name ending in 省/市/县/区/旗 is split off when what follows is a name of
 * the catalogue, and the core is replaced by the catalogue's canonical name. A 市/县/区 in front of a name the catalogue
 * does not know is still taken as a level prefix, except in words such as 市场 and 区域.
 */
public final class UnitNameNormalizer {

    private static final String LEVEL_PREFIXES = "市县区";
    private static final String PLACE_ENDINGS = "省市县区旗";
    private static final int LONGEST_PLACE = 8;
    private static final List<String> NOT_PREFIXES = List.of("市场", "市民", "市容", "区域", "县域");
    private static final String EDGE_PUNCTUATION = "、，,；;。.：:";

    private final Map<String, String> canonicalByName = new HashMap<>();

    public UnitNameNormalizer(StandardDepartments catalogue) {
        for (StandardDepartments.Entry entry : catalogue.entries()) {
            String canonical = clean(entry.canonical());
            canonicalByName.putIfAbsent(canonical, canonical);
            entry.aliases().forEach(alias -> canonicalByName.putIfAbsent(clean(alias), canonical));
        }
        canonicalByName.remove("");
    }

    /** A normaliser over the catalogue shipped with the service. */
    public static UnitNameNormalizer standard() {
        return Default.INSTANCE;
    }

    /** The comparison key of a name; never null, empty for a name with no text. */
    public String key(String name) {
        return normalize(name).key();
    }

    /** The name taken apart into place, level prefix and canonical core. */
    public NormalizedName normalize(String name) {
        String text = clean(name);
        if (text.isEmpty() || isStandard(text)) {
            return new NormalizedName("", "", canonicalCore(text));
        }
        String rest = text.substring(1);
        if (LEVEL_PREFIXES.indexOf(text.charAt(0)) >= 0 && isStandard(rest)) {
            return new NormalizedName("", text.substring(0, 1), canonicalCore(rest));
        }
        for (int end = 2; end <= Math.min(LONGEST_PLACE, text.length() - 1); end++) {
            if (PLACE_ENDINGS.indexOf(text.charAt(end - 1)) >= 0 && isStandard(text.substring(end))) {
                return new NormalizedName(text.substring(0, end), "", canonicalCore(text.substring(end)));
            }
        }
        if (looksPrefixed(text)) {
            return new NormalizedName("", text.substring(0, 1), rest);
        }
        return new NormalizedName("", "", text);
    }

    /** The catalogue's canonical name for a core name without prefix, or the cleaned name when it is not standard. */
    public String canonicalCore(String core) {
        String text = clean(core);
        return canonicalByName.getOrDefault(text, text);
    }

    /** Whether a core name (no prefix) is a canonical name or alias of the catalogue. */
    public boolean isStandard(String core) {
        return canonicalByName.containsKey(clean(core));
    }

    /** Width, spacing, bracket, annotation and 人民政府 rules only: no prefix split, no catalogue. */
    public String clean(String name) {
        return trimPunctuation(withoutTrailingBrackets(compact(name))).replace("人民政府", "政府");
    }

    /** Width, spacing and edge-punctuation rules only: brackets and their content stay. */
    public String compact(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints()
                .map(UnitNameNormalizer::narrow)
                .filter(c -> !isSpace(c))
                .forEach(out::appendCodePoint);
        return trimPunctuation(out.toString());
    }

    private boolean looksPrefixed(String text) {
        return text.length() > 1
                && LEVEL_PREFIXES.indexOf(text.charAt(0)) >= 0
                && NOT_PREFIXES.stream().noneMatch(text::startsWith);
    }

    private static int narrow(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c -= 0xFEE0;
        }
        if (c == '【' || c == '〔' || c == '［') {
            return '(';
        }
        if (c == '】' || c == '〕' || c == '］') {
            return ')';
        }
        return c >= 'A' && c <= 'Z' ? Character.toLowerCase(c) : c;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == 0x200B
                || c == 0xFEFF
                || c == 0x200C
                || c == 0x200D;
    }

    private static String trimPunctuation(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && EDGE_PUNCTUATION.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Cuts balanced trailing (…) parts, but never the whole name: （管委会） alone stays a name. */
    private static String withoutTrailingBrackets(String text) {
        String core = text;
        while (core.endsWith(")")) {
            int open = matchingOpen(core);
            if (open <= 0) {
                break;
            }
            core = core.substring(0, open);
        }
        return core;
    }

    private static int matchingOpen(String text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            depth += c == ')' ? 1 : c == '(' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Loaded on first use, so that callers with their own catalogue never read the resource. */
    private static final class Default {
        private static final UnitNameNormalizer INSTANCE = new UnitNameNormalizer(StandardDepartments.load());
    }
}
