package org.taizhang.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** Reads samples out of the Prometheus text format that a service's {@code /q/metrics} serves. */
final class PrometheusText {

    private PrometheusText() {}

    /** The value of the sample with this name whose labels include {@code labels}; empty when there is none. */
    static OptionalDouble sample(String text, String name, Map<String, String> labels) {
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.startsWith(name)) {
                continue;
            }
            int brace = trimmed.indexOf('{');
            int space = trimmed.indexOf(' ');
            int nameEnd = brace >= 0 && (space < 0 || brace < space) ? brace : space;
            if (nameEnd < 0 || !trimmed.substring(0, nameEnd).equals(name)) {
                continue;
            }
            Map<String, String> found = new HashMap<>();
            int rest = nameEnd;
            if (nameEnd == brace) {
                rest = parseLabels(trimmed, brace + 1, found);
            }
            if (found.entrySet().containsAll(labels.entrySet())) {
                return OptionalDouble.of(number(trimmed.substring(rest).strip().split("\\s+")[0]));
            }
        }
        return OptionalDouble.empty();
    }

    /** Parses {@code a="x",b="y"} from {@code from} into {@code into}; returns the index after the closing brace. */
    private static int parseLabels(String line, int from, Map<String, String> into) {
        int i = from;
        while (i < line.length() && line.charAt(i) != '}') {
            int eq = line.indexOf('=', i);
            String key = line.substring(i, eq).strip();
            StringBuilder value = new StringBuilder();
            int j = line.indexOf('"', eq) + 1;
            while (line.charAt(j) != '"') {
                char c = line.charAt(j);
                if (c == '\\') {
                    char escaped = line.charAt(++j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
                j++;
            }
            into.put(key, value.toString());
            i = j + 1;
            while (i < line.length() && (line.charAt(i) == ',' || line.charAt(i) == ' ')) {
                i++;
            }
        }
        return i + 1;
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
