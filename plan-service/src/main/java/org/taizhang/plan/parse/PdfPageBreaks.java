package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Concatenates the tables of consecutive pages. A header row repeated at the top of a page is dropped, a row that Word
 * or WPS split at the page break is joined again (the page was full, and the next page's first row opens no task or
 * section and continues cells that read unfinished), and a merged
 * cell cut by the break, empty on the next page, keeps repeating the text drawn on the page before.
 */
final class PdfPageBreaks {

    /** How far above the lowest table end a page's table may end and still fill its page. */
    private static final double FULL = 30;
    /** Text ending so reads complete: a row whose cells all end like this was not cut by the break. */
    private static final java.util.regex.Pattern COMPLETE = java.util.regex.Pattern.compile(".*[。；;！!？?]$");

    private final List<List<String>> rows = new ArrayList<>();
    private List<String> header;
    private double lowest;
    private boolean previousFull;

    /**
     * A page's table: its rows, where it ends, how many rows each column's topmost cell covers, and which columns hold
     * vertically merged cells.
     */
    record PageTable(List<List<String>> rows, double bottom, int[] topSpans, boolean[] merged) {}

    /** Appends a page's table after the previous pages'. */
    void add(PageTable page) {
        List<List<String>> pageRows = new ArrayList<>(page.rows());
        int[] spans = page.topSpans().clone();
        if (pageRows.isEmpty()) {
            return;
        }
        if (header == null) {
            header = pageRows.get(0);
        } else if (pageRows.get(0).equals(header)) {
            pageRows.remove(0);
            // a repeated header is its own region: no merged cell crosses it
            java.util.Arrays.fill(spans, 0);
        }
        if (!rows.isEmpty() && !pageRows.isEmpty()) {
            List<String> last = rows.get(rows.size() - 1);
            if (previousFull && continues(last, pageRows.get(0))) {
                rows.set(rows.size() - 1, joined(last, pageRows.remove(0)));
                decrement(spans);
            }
            carryMerged(last, pageRows, spans, page.merged());
        }
        rows.addAll(pageRows);
        // a table cut at a page break runs down to the bottom margin: the lowest table end seen, within two lines
        lowest = Math.max(lowest, page.bottom());
        previousFull = lowest - page.bottom() <= FULL;
    }

    List<List<String>> rows() {
        return rows;
    }

    /** Fills a column's leading empty merged cell with the text the cell showed above the break. */
    private static void carryMerged(List<String> last, List<List<String>> pageRows, int[] spans, boolean[] merged) {
        long filled = last.stream().filter(c -> !c.isEmpty()).count();
        for (int column = 0; column < spans.length && filled > 1; column++) {
            if (!merged[column] || column >= last.size() || last.get(column).isEmpty()) {
                continue;
            }
            for (int row = 0; row < Math.min(spans[column], pageRows.size()); row++) {
                if (!pageRows.get(row).get(column).isEmpty()) {
                    break;
                }
                List<String> cells = new ArrayList<>(pageRows.get(row));
                cells.set(column, last.get(column));
                pageRows.set(row, cells);
            }
        }
    }

    private static void decrement(int[] spans) {
        for (int i = 0; i < spans.length; i++) {
            spans[i] = Math.max(0, spans[i] - 1);
        }
    }

    /**
     * Whether a page's first row carries on the previous page's last row: none of its cells opens a task or section,
     * and no cell it continues reads as complete.
     */
    private static boolean continues(List<String> last, List<String> row) {
        boolean continued = false;
        for (int i = 0; i < row.size(); i++) {
            String text = row.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.chars().allMatch(Character::isDigit)
                    || SectionHeadings.taskNumber(text) != null
                    || SectionHeadings.level(text) > 0) {
                return false;
            }
            String above = i < last.size() ? last.get(i).strip() : "";
            if (COMPLETE.matcher(above).matches()) {
                return false;
            }
            continued |= !above.isEmpty();
        }
        return continued;
    }

    private static List<String> joined(List<String> above, List<String> below) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(above.size(), below.size()); i++) {
            String top = i < above.size() ? above.get(i) : "";
            String rest = i < below.size() ? below.get(i) : "";
            StringBuilder text = new StringBuilder(top);
            // a merged cell repeats its text on the next page: it is not appended twice
            if (!rest.equals(top)) {
                PdfLines.join(text, rest);
            }
            cells.add(text.toString());
        }
        return cells;
    }
}
