package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a cell-per-line text into its cells. A separator at the end of a line ends a cell, one at the start begins
 * one; lines without the mark continue the cell (a wrapped line). A line holding only the separator is an empty
 * cell. Unmarked text is a cell per line, or a cell per paragraph when blank lines part wrapped cells.
 */
final class TextCells {

    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s|｜]+|[\\s|｜]+$");

    private TextCells() {}

    static List<String> of(List<String> lines, LineLayout layout, CellClassifier classifier) {
        return switch (layout.kind()) {
            case CELLS_ENDING_IN_SEPARATOR -> endingCells(lines);
            case CELLS_STARTING_WITH_SEPARATOR -> startingCells(lines);
            default -> unmarkedCells(lines, classifier);
        };
    }

    /** Before the first marked line, lines are titles and metadata, a cell each; a blank line ends a cell. */
    private static List<String> endingCells(List<String> lines) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean marked = false;
        for (String line : lines) {
            if (line.isBlank()) {
                flushPending(cells, cell);
                continue;
            }
            append(cell, line);
            marked |= LineLayout.endsWithSeparator(line);
            if (!marked || LineLayout.endsWithSeparator(line)) {
                flush(cells, cell);
            }
        }
        flush(cells, cell);
        return cells;
    }

    private static List<String> startingCells(List<String> lines) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean marked = false;
        for (String line : lines) {
            if (line.isBlank() && !line.contains("\t")) {
                continue;
            }
            boolean starts = LineLayout.startsWithSeparator(line);
            if (starts) {
                flush(cells, cell);
            } else if (!marked) {
                flushPending(cells, cell);
            }
            marked |= starts;
            append(cell, line);
        }
        flush(cells, cell);
        return cells;
    }

    /** Lines are cells; but when every paragraph between blank lines reads as one wrapped cell, paragraphs are. */
    private static List<String> unmarkedCells(List<String> lines, CellClassifier classifier) {
        List<List<String>> paragraphs = paragraphs(lines);
        boolean wrapped = paragraphs.stream().anyMatch(p -> p.size() > 1)
                && paragraphs.stream().allMatch(p -> isWrappedCell(p, classifier));
        List<String> cells = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            if (wrapped) {
                cells.add(TextNormalizer.normalize(String.join(" ", paragraph)));
            } else {
                paragraph.forEach(l -> cells.add(TextNormalizer.normalize(l)));
            }
        }
        return cells;
    }

    /** A paragraph whose later lines are plain text, not a number, unit list, deadline or heading of their own. */
    private static boolean isWrappedCell(List<String> paragraph, CellClassifier classifier) {
        for (int i = 1; i < paragraph.size(); i++) {
            CellKind kind = classifier.kind(paragraph.get(i).strip());
            if (kind != CellKind.TEXT) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> paragraphs(List<String> lines) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            // a line of only a separator parts cells like a blank line
            if (EDGE_SEPARATORS.matcher(line).replaceAll("").isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    private static void append(StringBuilder cell, String line) {
        String text = EDGE_SEPARATORS.matcher(line).replaceAll("");
        if (!text.isEmpty()) {
            cell.append(cell.length() == 0 ? "" : " ").append(text);
        } else if (cell.length() == 0) {
            // a line of only the separator is an empty cell: keep its place
            cell.append("");
        }
    }

    private static void flushPending(List<String> cells, StringBuilder cell) {
        if (cell.length() > 0) {
            flush(cells, cell);
        }
    }

    private static void flush(List<String> cells, StringBuilder cell) {
        cells.add(TextNormalizer.normalize(cell.toString()));
        cell.setLength(0);
    }
}
