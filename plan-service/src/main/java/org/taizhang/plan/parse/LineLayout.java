package org.taizhang.plan.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a text export lays out its table, decided per document from its lines: a row per line split by a separator
 * (|, ｜, tab, runs of spaces), or a cell per line, marked by a separator at its end (PDF copies: {@code 文字 |}) or
 * its start (a tab), or unmarked.
 */
record LineLayout(Kind kind, Pattern separator) {

    enum Kind {
        ROWS,
        CELLS_ENDING_IN_SEPARATOR,
        CELLS_STARTING_WITH_SEPARATOR,
        CELLS
    }

    static final Pattern PIPE = Pattern.compile("[|｜]");
    static final Pattern TAB = Pattern.compile("\t");
    static final Pattern SPACES = Pattern.compile("(?: {2,}|\u3000+| ?\u3000 ?)");
    private static final double ROW_SHARE = 0.4;
    private static final double MARKED_SHARE = 0.45;

    static LineLayout detect(List<String> lines) {
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        if (share(nonBlank, PIPE) >= ROW_SHARE) {
            return new LineLayout(Kind.ROWS, PIPE);
        }
        if (share(nonBlank, TAB) >= ROW_SHARE) {
            return new LineLayout(Kind.ROWS, TAB);
        }
        long ending = nonBlank.stream().filter(LineLayout::endsWithSeparator).count();
        if (ending >= 2 && ending >= nonBlank.size() * MARKED_SHARE) {
            return new LineLayout(Kind.CELLS_ENDING_IN_SEPARATOR, PIPE);
        }
        long starting =
                nonBlank.stream().filter(LineLayout::startsWithSeparator).count();
        if (starting >= 2 && starting >= nonBlank.size() * MARKED_SHARE) {
            return new LineLayout(Kind.CELLS_STARTING_WITH_SEPARATOR, PIPE);
        }
        if (share(nonBlank, SPACES) >= ROW_SHARE) {
            return new LineLayout(Kind.ROWS, SPACES);
        }
        return new LineLayout(Kind.CELLS, null);
    }

    /** The share of lines that the separator splits into two or more non-empty cells. */
    private static double share(List<String> lines, Pattern separator) {
        if (lines.isEmpty()) {
            return 0;
        }
        long split = lines.stream().filter(l -> filledParts(l, separator) >= 2).count();
        return (double) split / lines.size();
    }

    static int filledParts(String line, Pattern separator) {
        int filled = 0;
        for (String part : separator.split(line.strip(), -1)) {
            if (!part.isBlank()) {
                filled++;
            }
        }
        return filled;
    }

    static boolean endsWithSeparator(String line) {
        String s = line.stripTrailing();
        return !s.isEmpty() && (s.charAt(s.length() - 1) == '|' || s.charAt(s.length() - 1) == '｜');
    }

    static boolean startsWithSeparator(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char first = line.charAt(0);
        String s = line.stripLeading();
        return first == '\t' || !s.isEmpty() && (s.charAt(0) == '|' || s.charAt(0) == '｜');
    }
}
