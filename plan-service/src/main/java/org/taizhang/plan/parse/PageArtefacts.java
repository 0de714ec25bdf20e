package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what page breaks leave in text copied from a PDF or a printed page: page numbers (- 3 -, 第3页 共9页, 3/9),
 * 续表 marks, and the document title or letterhead repeated at the top of every page.
 */
final class PageArtefacts {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[\\s|｜]*(?:[-—–－]+\\s*\\d{1,4}\\s*[-—–－]+|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}|page\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?|续表\\d*|[（(]续[表上]?[）)]|续上表)[\\s|｜]*$",
            Pattern.CASE_INSENSITIVE);
    private static final int PREAMBLE_LINES = 3;
    private static final int MIN_REPEAT_LENGTH = 8;

    private PageArtefacts() {}

    /** The lines without page artefacts; blank lines are kept, they may mean row breaks. */
    static List<String> without(List<String> lines) {
        Set<String> preamble = preamble(lines);
        List<String> kept = new ArrayList<>(lines.size());
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            if (PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            String key = key(line);
            if (preamble.contains(key) && !seen.add(key)) {
                continue;
            }
            kept.add(line);
        }
        return kept;
    }

    /** The first lines of the document when they read as a title (long, no separators): repeated later, they are page heads. */
    private static Set<String> preamble(List<String> lines) {
        Set<String> keys = new HashSet<>();
        int taken = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (taken++ >= PREAMBLE_LINES) {
                break;
            }
            String key = key(line);
            boolean separated = line.strip().contains("|")
                    || line.strip().contains("｜")
                    || line.strip().contains("\t");
            if (key.length() >= MIN_REPEAT_LENGTH && !separated && HeaderVocabulary.roleOf(line) == null) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static String key(String line) {
        return SectionHeadings.key(line.replace('|', ' ').replace('｜', ' '));
    }
}
