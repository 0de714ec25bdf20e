package org.taizhang.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few numbers and ids the bench reads from JSON answers, found by key without a JSON library. */
final class BenchJson {

    private static final Pattern PLAN_ID =
            Pattern.compile("\"plan\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private BenchJson() {}

    /**
     * The number under a path of keys, each looked for after the one before: {@code number(json, "assignments",
     * "total")} reads {@code "assignments":{"total":2000}}; -1 when the path is not there.
     */
    static long number(String json, String... path) {
        int at = 0;
        for (int i = 0; i < path.length - 1; i++) {
            int found = json.indexOf("\"" + path[i] + "\"", at);
            if (found < 0) {
                return -1;
            }
            at = found + path[i].length() + 2;
        }
        Matcher m = Pattern.compile("\"" + Pattern.quote(path[path.length - 1]) + "\"\\s*:\\s*(-?\\d+)")
                .matcher(json);
        return m.find(at) ? Long.parseLong(m.group(1)) : -1;
    }

    /** The plan id of plan-service's import answer ({@code {"plan":{"id":…}}}). */
    static String planId(String importAnswer) {
        Matcher m = PLAN_ID.matcher(importAnswer);
        if (!m.find()) {
            throw new IllegalStateException("no plan id in the import answer: " + importAnswer);
        }
        return m.group(1);
    }
}
