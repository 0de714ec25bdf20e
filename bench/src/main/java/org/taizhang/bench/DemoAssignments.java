package org.taizhang.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every live assignment the office sees on the stack but the reports scenario's, by plan: what load reports on. */
public final class DemoAssignments {

    private static final int PAGE = 500;
    private static final Pattern ITEM =
            Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"planId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REGION = Pattern.compile("\"regionCode\"\\s*:\\s*\"([^\"]*)\"");

    private final Map<String, List<String>> byPlan;

    private DemoAssignments(Map<String, List<String>> byPlan) {
        this.byPlan = byPlan;
    }

    /** Pages through {@code GET /api/assignments} (not cancelled ones) with the given token. */
    public static DemoAssignments load(StackClient stack, String token) throws Exception {
        Map<String, List<String>> byPlan = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> answer =
                    stack.get(stack.assignment + "/api/assignments?size=" + PAGE + "&page=" + page, token);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("assignment list answered " + answer.statusCode());
            }
            if (collect(answer.body(), byPlan) < PAGE) {
                break;
            }
        }
        int total = byPlan.values().stream().mapToInt(List::size).sum();
        if (total < 50 || byPlan.size() < 2) {
            throw new IllegalStateException(
                    total + " assignments in " + byPlan.size() + " plans: is the demo data loaded?");
        }
        return new DemoAssignments(byPlan);
    }

    /**
     * Adds the (id, planId) pairs of one list answer to the map, leaving out assignments of the reports scenario's
     * region ({@link ReportSeed#REGION}) so that load never changes the figures it measures; returns how many items
     * the answer held, left out or not (for paging).
     */
    static int collect(String json, Map<String, List<String>> byPlan) {
        int found = 0;
        Matcher m = ITEM.matcher(json);
        boolean more = m.find();
        while (more) {
            String id = m.group(1);
            String plan = m.group(2);
            int end = m.end();
            more = m.find();
            Matcher region = REGION.matcher(json).region(end, more ? m.start() : json.length());
            if (!region.find() || !region.group(1).equals(ReportSeed.REGION)) {
                byPlan.computeIfAbsent(plan, k -> new ArrayList<>()).add(id);
            }
            found++;
        }
        return found;
    }

    /** The assignment ids of one list answer, in order, whatever their region. */
    static List<String> ids(String json) {
        List<String> ids = new ArrayList<>();
        Matcher m = ITEM.matcher(json);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
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
