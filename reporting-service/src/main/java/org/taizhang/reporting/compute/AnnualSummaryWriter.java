package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.TaskFacts;

/**
 * Writes the summary paragraph of the annual report in the register such reports use: the overall counts by
 * 落实情况, then each top-level section (its 一、 numbering dropped, as prose does), then the units whose work is
 * overdue with how many tasks each, the most first.
 */
public final class AnnualSummaryWriter {

    private static final String SECTION_NUMBERING = "^\\s*[（(]?[一二三四五六七八九十百零〇]+[）)]?[、.．]?\\s*";

    private AnnualSummaryWriter() {}

    public static String write(PlanFacts plan, LocalDate asOf) {
        StringBuilder text = new StringBuilder();
        text.append("截至")
                .append(asOf.getYear())
                .append('年')
                .append(asOf.getMonthValue())
                .append('月');
        text.append(asOf.getDayOfMonth())
                .append("日，《")
                .append(Objects.toString(plan.title(), ""))
                .append("》");
        Map<TaskOutcome, Integer> overall = counts(plan.tasks(), asOf);
        int total = plan.tasks().size();
        text.append("部署的").append(total).append("项重点任务中，已完成").append(overall.get(TaskOutcome.COMPLETED));
        text.append("项（占")
                .append(Percent.text(Percent.of(overall.get(TaskOutcome.COMPLETED), total)))
                .append("%），");
        text.append("持续推进").append(overall.get(TaskOutcome.CONTINUING)).append("项，推进中");
        text.append(overall.get(TaskOutcome.IN_PROGRESS)).append("项，逾期未完成");
        text.append(overall.get(TaskOutcome.UNFINISHED)).append("项。");
        text.append(sections(plan, asOf));
        text.append(overdueUnits(plan, asOf));
        return text.toString();
    }

    private static String sections(PlanFacts plan, LocalDate asOf) {
        Map<String, List<TaskFacts>> byTop = PlanSummaryCalculator.topLevelSections(plan);
        if (byTop.isEmpty() || byTop.size() == 1 && byTop.containsKey("")) {
            return "";
        }
        return byTop.entrySet().stream()
                .map(e -> section(e.getKey(), e.getValue(), asOf))
                .collect(Collectors.joining("；", "分板块看：", "。"));
    }

    private static String section(String heading, List<TaskFacts> tasks, LocalDate asOf) {
        String name = heading.replaceFirst(SECTION_NUMBERING, "").strip();
        Map<TaskOutcome, Integer> counts = counts(tasks, asOf);
        StringBuilder text = new StringBuilder(name.isEmpty() ? "其他任务" : name);
        text.append("共")
                .append(tasks.size())
                .append("项，已完成")
                .append(counts.get(TaskOutcome.COMPLETED))
                .append('项');
        for (TaskOutcome outcome : List.of(TaskOutcome.CONTINUING, TaskOutcome.IN_PROGRESS, TaskOutcome.UNFINISHED)) {
            if (counts.get(outcome) > 0) {
                text.append('、')
                        .append(label(outcome))
                        .append(counts.get(outcome))
                        .append('项');
            }
        }
        return text.toString();
    }

    /** Units holding tasks open past their due date, each counted once per task. */
    private static String overdueUnits(PlanFacts plan, LocalDate asOf) {
        Map<String, Integer> tasksByUnit = new LinkedHashMap<>();
        for (TaskFacts task : plan.tasks()) {
            if (TaskOutcome.of(task, asOf) == TaskOutcome.UNFINISHED) {
                TaskCompletion.required(task).stream()
                        .filter(a -> TaskCompletion.isOverdue(a, asOf))
                        .map(AssignmentFacts::unitName)
                        .distinct()
                        .forEach(unit -> tasksByUnit.merge(unit, 1, Integer::sum));
            }
        }
        if (tasksByUnit.isEmpty()) {
            return "无逾期未完成任务。";
        }
        return tasksByUnit.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + "（" + e.getValue() + "项）")
                .collect(Collectors.joining("、", "逾期未完成任务涉及" + tasksByUnit.size() + "个单位：", "。"));
    }

    private static Map<TaskOutcome, Integer> counts(List<TaskFacts> tasks, LocalDate asOf) {
        Map<TaskOutcome, Integer> counts = new EnumMap<>(TaskOutcome.class);
        for (TaskOutcome outcome : TaskOutcome.values()) {
            counts.put(outcome, 0);
        }
        tasks.forEach(t -> counts.merge(TaskOutcome.of(t, asOf), 1, Integer::sum));
        return counts;
    }

    private static String label(TaskOutcome outcome) {
        return outcome == TaskOutcome.UNFINISHED ? "逾期未完成" : outcome.label();
    }
}
