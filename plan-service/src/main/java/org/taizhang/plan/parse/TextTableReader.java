package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a text export of a table into rows of cells. The layout is detected from the text: one cell per line with
 * lines holding only {@code |} between cells (PDF copy-paste), one row per line with {@code |} between cells, or
 * tab-separated rows; anything else is read as one cell per line.
 *
 * <p>In row layouts a line without separators continues the previous row's last cell (a wrapped cell), unless it
 * reads as a section heading or a numbered task; lines before the first row are a preamble and are skipped.
 */
public final class TextTableReader {

    private static final Pattern SEPARATOR_LINE = Pattern.compile("^\\s*[|｜]\\s*$");
    private static final Pattern MARKDOWN_RULE = Pattern.compile("^[\\s|｜:：\\-—]+$");
    private static final Pattern PIPE = Pattern.compile("[|｜]");
    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** Decodes and splits {@code content}; throws {@link ImportRejectedException} for empty or binary content. */
    public List<List<String>> read(byte[] content) {
        return read(content, new CellClassifier());
    }

    /** As {@link #read(byte[])}, judging cells with the classifier the rest of the import uses too. */
    List<List<String>> read(byte[] content, CellClassifier classifier) {
        String text = TextDecoder.decode(content);
        List<String> lines = Arrays.asList(LINE_BREAK.split(text, -1));
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        long separators = nonBlank.stream()
                .filter(l -> SEPARATOR_LINE.matcher(l).matches())
                .count();
        if (separators >= 2 && separators * 4 >= nonBlank.size()) {
            return CellSequence.rows(cellsBetweenSeparatorLines(lines), classifier);
        }
        long piped = nonBlank.stream().filter(l -> PIPE.matcher(l).find()).count();
        if (piped * 2 >= nonBlank.size()) {
            return rows(lines, PIPE);
        }
        long tabbed = nonBlank.stream().filter(l -> l.indexOf('\t') >= 0).count();
        if (tabbed * 2 >= nonBlank.size()) {
            return rows(lines, TAB);
        }
        return nonBlank.stream().map(l -> List.of(l.strip())).toList();
    }

    private static List<String> cellsBetweenSeparatorLines(List<String> lines) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (String line : lines) {
            if (SEPARATOR_LINE.matcher(line).matches()) {
                cells.add(TextNormalizer.normalize(cell.toString()));
                cell.setLength(0);
            } else if (!line.isBlank()) {
                cell.append(cell.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(TextNormalizer.normalize(cell.toString()));
        }
        return cells;
    }

    private static List<List<String>> rows(List<String> lines, Pattern separator) {
        List<List<String>> rows = new ArrayList<>();
        boolean markdown = separator == PIPE && isMarkdown(lines);
        for (String line : lines) {
            if (line.isBlank()
                    || separator == PIPE && MARKDOWN_RULE.matcher(line).matches()) {
                continue;
            }
            if (!separator.matcher(line).find()) {
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
                .filter(l -> PIPE.matcher(l).find())
                .toList();
        long leading = piped.stream()
                .filter(l -> PIPE.matcher(l.substring(0, 1)).matches())
                .count();
        return leading * 2 > piped.size();
    }

    private static List<String> split(String line, Pattern separator, boolean markdown) {
        List<String> cells = new ArrayList<>(Arrays.asList(separator.split(line, -1)));
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
