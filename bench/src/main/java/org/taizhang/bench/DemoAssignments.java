package org.taizhang.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every live assignment the office sees on the stack, by plan: what the load scenarios report on. */
public final class DemoAssignments {

    private static final int PAGE = 500;
    private static final Pattern ITEM =
            Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"planId\"\\s*:\\s*\"([^\"]+)\"");

    private final Map<String, List<String>> byPlan;

    private DemoAssignments(Map<String, List<String>> byPlan) {
        this.byPlan = byPlan;
    }

    /** Pages through {@code GET /api/assignments} (not cancelled ones) with the given token. */
    public static DemoAssignments load(StackClient stack, String token) throws Exception {
        Map<String, List<String>> byPlan = new LinkedHashMap<>();
        int total = 0;
        for (int page = 0; ; page++) {
            HttpResponse<String> answer =
                    stack.get(stack.assignment + "/api/assignments?size=" + PAGE + "&page=" + page, token);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("assignment list answered " + answer.statusCode());
            }
            int found = collect(answer.body(), byPlan);
            total += found;
            if (found < PAGE) {
                break;
            }
        }
        if (total < 50 || byPlan.size() < 2) {
            throw new IllegalStateException(
                    total + " assignments in " + byPlan.size() + " plans: is the demo data loaded?");
        }
        return new DemoAssignments(byPlan);
    }

    /** Adds the (id, planId) pairs of one list answer to the map; returns how many it found. */
    static int collect(String json, Map<String, List<String>> byPlan) {
        int found = 0;
        Matcher m = ITEM.matcher(json);
        while (m.find()) {
            byPlan.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(m.group(1));
            found++;
        }
        return found;
    }

    public List<String> all() {
        return byPlan.values().stream().flatMap(List::stream).toList();
    }

    public List<String> planIds() {
        return List.copyOf(byPlan.keySet());
    }

    public List<String> ofPlan(String planId) {
        return byPlan.getOrDefault(planId, List.of());
    }

    public List<String> notOfPlan(String planId) {
        return byPlan.entrySet().stream()
                .filter(e -> !e.getKey().equals(planId))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }
}
