package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds units written inside task text when a table has no unit column: labelled ({@code （牵头单位：…；责任单位：…）}),
 * in a closing bracket ({@code （县数据资源局牵头，各乡镇配合）}) or as the closing clauses of the text
 * ({@code …，办公室牵头，各科室配合。}). The text itself is kept as written.
 */
final class InlineUnits {

    /** Unit phrases by role, null where the text names none. */
    record Found(String lead, String responsible, String supporting) {

        boolean isEmpty() {
            return lead == null && responsible == null && supporting == null;
        }
    }

    private static final Pattern LABEL = Pattern.compile(
            "(牵头单位|牵头部门|牵头科室|责任单位|责任部门|责任科室|负责单位|负责部门|负责科室|承办单位|落实单位|配合单位|配合部门|配合科室|协办单位|参与单位)\\s*[:：]\\s*");
    private static final Pattern LABEL_END = Pattern.compile("[；;。）)\\n]");
    private static final Pattern CLOSING_BRACKET = Pattern.compile("[（(]([^（()）]{2,200})[）)][。.；;\\s]*$");
    private static final Pattern CLAUSE = Pattern.compile("[，,；;。]");
    private static final Pattern MARKER = Pattern.compile("牵头|负责|配合|落实|协同|协助|参与");

    private final UnitPhraseParser units = new UnitPhraseParser();

    /** The units a text names, or an empty {@link Found}. */
    Found find(String text) {
        if (text == null || text.isBlank()) {
            return new Found(null, null, null);
        }
        String shadow = Simplified.of(text);
        Found labelled = labelled(text, shadow);
        if (!labelled.isEmpty()) {
            return labelled;
        }
        Matcher bracket = CLOSING_BRACKET.matcher(shadow);
        if (bracket.find() && units.looksLikeUnits(bracket.group(1))) {
            return new Found(
                    null, text.substring(bracket.start(1), bracket.end(1)).strip(), null);
        }
        return closingClauses(text, shadow);
    }

    /** Labelled units ({@code 牵头单位：X；责任单位：Y}); also what a unit cell written with labels holds. */
    Found labelled(String text, String shadow) {
        Matcher label = LABEL.matcher(shadow);
        String lead = null;
        String responsible = null;
        String supporting = null;
        while (label.find()) {
            Matcher end = LABEL_END.matcher(shadow);
            int stop = end.find(label.end()) ? end.start() : shadow.length();
            String value = text.substring(label.end(), stop).strip();
            if (value.isEmpty()) {
                continue;
            }
            String name = label.group(1);
            if (name.startsWith("牵头")) {
                lead = join(lead, value);
            } else if (name.startsWith("配合") || name.startsWith("协办") || name.startsWith("参与")) {
                supporting = join(supporting, value);
            } else {
                responsible = join(responsible, value);
            }
        }
        return new Found(lead, responsible, supporting);
    }

    /** The longest run of closing clauses that names units with a role marker (…，办公室牵头，各科室配合。). */
    private Found closingClauses(String text, String shadow) {
        String trimmed = shadow.strip().replaceAll("[。.；;\\s]+$", "");
        Matcher clause = CLAUSE.matcher(trimmed);
        String best = null;
        List<Integer> starts = new ArrayList<>();
        while (clause.find()) {
            starts.add(clause.end());
        }
        for (int i = starts.size() - 1; i >= 0; i--) {
            String candidate = trimmed.substring(starts.get(i));
            if (!units.looksLikeUnits(candidate)) {
                break;
            }
            best = candidate;
        }
        if (best == null || !MARKER.matcher(best).find()) {
            return new Found(null, null, null);
        }
        int start = trimmed.length() - best.length();
        return new Found(null, text.strip().substring(start, trimmed.length()).strip(), null);
    }

    private static String join(String a, String b) {
        return a == null ? b : a + "，" + b;
    }
}
