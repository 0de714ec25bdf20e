package org.taizhang.systest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The expected allow/deny table of src/test/resources/access-matrix.md, one row per endpoint. */
public final class AccessMatrix {

    /** The callers of the table's columns, in order, with the demo account each one uses (null: no token). */
    public static final List<Map.Entry<String, String>> CALLERS = List.of(
            Map.entry("anonymous", ""),
            Map.entry("office", Tokens.OFFICE),
            Map.entry("unit-a", Tokens.UNIT_A),
            Map.entry("unit-b", Tokens.UNIT_B),
            Map.entry("county-x", Tokens.COUNTY_X),
            Map.entry("county-y", Tokens.COUNTY_Y),
            Map.entry("auditor", Tokens.AUDITOR));

    /** One endpoint: its service, method, OpenAPI path and one expectation per caller ("allow" or "deny"). */
    public record Row(String service, String method, String path, List<String> expected, String notes) {

        public String key() {
            return service + " " + method + " " + path;
        }
    }

    private AccessMatrix() {}

    public static List<Row> load() {
        String text;
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/access-matrix.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| service ")) {
                continue;
            }
            String[] cells = Arrays.stream(line.substring(1).split("\\|", -1))
                    .map(String::trim)
                    .toArray(String[]::new);
            List<String> expected = List.of(cells).subList(3, 3 + CALLERS.size());
            for (String e : expected) {
                if (!e.equals("allow") && !e.equals("deny")) {
                    throw new IllegalStateException("access-matrix.md: '" + e + "' is neither allow nor deny: " + line);
                }
            }
            rows.add(new Row(cells[0], cells[1], cells[2].replace("`", ""), expected, cells[3 + CALLERS.size()]));
        }
        return rows;
    }
}
