package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Lays one HTML table out as rows of cells: a {@code rowspan} repeats its value down the rows it covers (like a
 * vertically merged Word cell), a {@code colspan} keeps its value in its first column followed by empty cells.
 */
final class HtmlTableGrid {

    private static final int MAX_COLUMNS = 60;
    // spans are clamped so a hostile page cannot make a few bytes of markup fill memory
    private static final int MAX_ROWSPAN = 1_000;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

    private HtmlTableGrid() {}

    /** The table's own rows (rows of tables nested in its cells are not its rows), spans expanded. */
    static List<List<String>> rows(Element table) {
        List<List<String>> rows = new ArrayList<>();
        int[] pending = new int[MAX_COLUMNS];
        String[] carried = new String[MAX_COLUMNS];
        for (Element tr : ownRows(table)) {
            if (rows.size() >= TableContinuation.MAX_ROWS) {
                break;
            }
            rows.add(row(tr, pending, carried));
        }
        return rows;
    }

    private static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                child.children().stream().filter(e -> e.nameIs("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    private static List<String> row(Element tr, int[] pending, String[] carried) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.children()) {
            if (!cell.nameIs("td") && !cell.nameIs("th")) {
                continue;
            }
            fillCarried(cells, pending, carried);
            if (cells.size() >= MAX_COLUMNS) {
                break;
            }
            place(cells, cell, pending, carried);
        }
        int lastCarried = MAX_COLUMNS - 1;
        while (lastCarried >= cells.size() && pending[lastCarried] == 0) {
            lastCarried--;
        }
        while (cells.size() <= lastCarried) {
            cells.add(take(cells.size(), pending, carried));
        }
        return cells;
    }

    /** Adds the values of cells spanned down from rows above, at the current column. */
    private static void fillCarried(List<String> cells, int[] pending, String[] carried) {
        while (cells.size() < MAX_COLUMNS && pending[cells.size()] > 0) {
            cells.add(take(cells.size(), pending, carried));
        }
    }

    private static String take(int column, int[] pending, String[] carried) {
        if (pending[column] == 0) {
            return "";
        }
        pending[column]--;
        return carried[column];
    }

    private static void place(List<String> cells, Element cell, int[] pending, String[] carried) {
        String text = text(cell);
        int rowspan = span(cell.attr("rowspan"), MAX_ROWSPAN);
        int colspan = span(cell.attr("colspan"), MAX_COLUMNS);
        for (int c = 0; c < colspan && cells.size() < MAX_COLUMNS; c++) {
            String value = c == 0 ? text : "";
            if (rowspan > 1) {
                pending[cells.size()] = rowspan - 1;
                carried[cells.size()] = value;
            }
            cells.add(value);
        }
    }

    private static int span(String attribute, int max) {
        try {
            int span = Integer.parseInt(attribute.strip());
            return Math.max(1, Math.min(max, span));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The cell's text with {@code <br>} and paragraph ends as line breaks; nested (layout) tables are left out. */
    static String text(Element cell) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new CellText(text, cell), cell);
        List<String> lines = new ArrayList<>();
        for (String line : text.toString().split("\n", -1)) {
            String collapsed = SPACES.matcher(line).replaceAll(" ").strip();
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
        }
        return BLANK_LINES.matcher(String.join("\n", lines)).replaceAll("\n");
    }

    /** Collects text, skipping nested tables whole: each node is visited once however deep a page nests tables. */
    private record CellText(StringBuilder text, Element cell) implements NodeFilter {

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element && element != cell && element.nameIs("table")) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText().replace('\n', ' ').replace('\r', ' '));
            } else if (node instanceof Element element && element.nameIs("br")) {
                text.append('\n');
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element != cell && element.isBlock()) {
                text.append('\n');
            }
            return FilterResult.CONTINUE;
        }
    }
}
