package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How well one corpus document imported: task counts, tasks fully right, and mismatches per field. */
record CorpusFidelity(String file, int expectedTasks, int gotTasks, List<TaskComparison.Mismatch> mismatches) {

    private static final int SHOWN = 10;

    static CorpusFidelity of(String file, CorpusExpectation expected, ParsedDocument got) {
        List<TaskComparison.Mismatch> mismatches = new ArrayList<>();
        int common = Math.min(expected.tasks().size(), got.tasks().size());
        for (int i = 0; i < common; i++) {
            mismatches.addAll(TaskComparison.compare(
                    i, expected.tasks().get(i), got.tasks().get(i)));
        }
        return new CorpusFidelity(file, expected.tasks().size(), got.tasks().size(), List.copyOf(mismatches));
    }

    /** Whether the document imported as expected: same task count and no strict field wrong. */
    boolean passes() {
        return expectedTasks == gotTasks && strict().isEmpty();
    }

    /** Share of expected tasks with number, section, deadline, units and roles all right. */
    double fullyRight() {
        long wrong = strict().stream()
                .map(TaskComparison.Mismatch::position)
                .distinct()
                .count();
        long right = Math.min(expectedTasks, gotTasks) - wrong;
        return expectedTasks == 0 ? 100 : 100.0 * right / expectedTasks;
    }

    /** One line of the fidelity table. */
    String line() {
        Map<String, Long> perField = new LinkedHashMap<>();
        TaskComparison.STRICT_FIELDS.forEach(f -> perField.put(f, 0L));
        perField.put("ambiguousUnits", 0L);
        perField.put("titleStart", 0L);
        mismatches.forEach(m -> perField.merge(m.field(), 1L, Long::sum));
        String fields = perField.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
        return String.format(
                "%-55s tasks %3d/%-3d fully right %5.1f%%  %s", file, expectedTasks, gotTasks, fullyRight(), fields);
    }

    /** What a failing document's test says: the count, then the first mismatches with field, expected and got. */
    String failure() {
        StringBuilder message = new StringBuilder(file).append(": ");
        if (expectedTasks != gotTasks) {
            message.append("expected ")
                    .append(expectedTasks)
                    .append(" tasks, got ")
                    .append(gotTasks)
                    .append("; ");
        }
        List<TaskComparison.Mismatch> strict = strict();
        message.append(strict.size()).append(" mismatches");
        strict.stream().limit(SHOWN).forEach(m -> message.append("\n  ").append(m));
        if (strict.size() > SHOWN) {
            message.append("\n  …");
        }
        return message.toString();
    }

    private List<TaskComparison.Mismatch> strict() {
        return mismatches.stream().filter(TaskComparison.Mismatch::strict).toList();
    }
}
