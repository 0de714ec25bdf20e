package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a text export of a table into rows of cells. The layout is decided per document by {@link LineLayout}: a row
 * per line (split by |, ｜, tab or runs of spaces) or a cell per line; cells are then grouped into rows by content
 * ({@link CellSequence}). Page numbers and page heads repeated from the first page are dropped first.
 *
 * <p>In row layouts a line without separators continues the previous row's last cell (a wrapped cell), unless it
 * reads as a section heading or a numbered task; lines before the first row are a preamble.
 */
public final class TextTableReader {

    private static final Pattern MARKDOWN_RULE = Pattern.compile("^[\\s|｜:：\\-—]+$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Decodes and splits {@code content}; throws {@link ImportRejectedException} for empty or binary content. */
    public List<List<String>> read(byte[] content) {
        return read(content, new CellClassifier());
    }

    /** As {@link #read(byte[])}, judging cells with the classifier the rest of the import uses too. */
    List<List<String>> read(byte[] content, CellClassifier classifier) {
        return readText(TextDecoder.decode(content), classifier);
    }

    /** The rows of an already decoded text. */
    List<List<String>> readText(String text, CellClassifier classifier) {
        List<String> lines = PageArtefacts.without(Arrays.asList(LINE_BREAK.split(text, -1)));
        LineLayout layout = LineLayout.detect(lines);
        if (layout.kind() == LineLayout.Kind.ROWS) {
            return rows(lines, layout.separator());
        }
        return CellSequence.rows(TextCells.of(lines, layout, classifier), classifier);
    }

    private static List<List<String>> rows(List<String> lines, Pattern separator) {
        List<List<String>> rows = new ArrayList<>();
        boolean markdown = separator == LineLayout.PIPE && isMarkdown(lines);
        for (String line : lines) {
            if (line.isBlank()
                    || separator == LineLayout.PIPE
                            && MARKDOWN_RULE.matcher(line).matches()) {
                continue;
            }
            if (LineLayout.filledParts(line, separator) < 2
                    && !separator.matcher(line.strip()).find()) {
                continueOrAdd(rows, line.strip());
                continue;
            }
            rows.add(split(line, separator, markdown));
        }
        return rows;
    }

    /** Whether rows are written "| a | b |": then the text before the first bar is no cell. */
    private static boolean isMarkdown(List<String> lines) {
        List<String> piped = lines.stream()
                .map(String::strip)
                .filter(l -> LineLayout.PIPE.matcher(l).find())
                .toList();
        long leading = piped.stream()
                .filter(l -> LineLayout.PIPE.matcher(l.substring(0, 1)).matches())
                .count();
        return leading * 2 > piped.size();
    }

    private static List<String> split(String line, Pattern separator, boolean markdown) {
        String text = separator == LineLayout.PIPE ? line : line.strip();
        List<String> cells = new ArrayList<>(Arrays.asList(separator.split(text, -1)));
        if (markdown && !cells.isEmpty() && cells.get(0).isBlank()) {
            cells.remove(0);
        }
        return cells.stream().map(String::strip).map(TextTableReader::unquoted).toList();
    }

    private static void continueOrAdd(List<List<String>> rows, String line) {
        boolean startsRow = SectionHeadings.level(line) > 0 || SectionHeadings.taskNumber(line) != null;
        if (rows.isEmpty() || startsRow) {
            if (!rows.isEmpty() || startsRow) {
                rows.add(List.of(line));
            }
            return;
        }
        List<String> last = new ArrayList<>(rows.remove(rows.size() - 1));
        int target = last.size() - 1;
        while (target > 0 && last.get(target).isBlank()) {
            target--;
        }
        last.set(target, TextNormalizer.normalize(last.get(target) + " " + line));
        rows.add(last);
    }

    private static String unquoted(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"")
                : cell;
    }
}
