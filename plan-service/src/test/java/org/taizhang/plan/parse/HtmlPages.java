package org.taizhang.plan.parse;

import java.util.List;
import java.util.stream.Collectors;

/** Writes rows of cells as HTML table markup, the way a portal page shows a plan. */
final class HtmlPages {

    private HtmlPages() {}

    static String table(List<List<String>> rows) {
        return "<table border=\"1\">"
                + rows.stream()
                        .map(r -> r.stream()
                                .map(c -> "<td>" + c + "</td>")
                                .collect(Collectors.joining("", "<tr>", "</tr>")))
                        .collect(Collectors.joining())
                + "</table>";
    }
}
