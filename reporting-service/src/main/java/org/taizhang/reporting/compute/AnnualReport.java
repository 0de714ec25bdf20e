package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.SectionFacts;
import org.taizhang.reporting.model.TaskFacts;

/**
 * The 落实情况 table of the annual disclosure report with its summary paragraph. A row's 工作任务 is the task's number
 * and title as the plan writes it ("1.主动公开…", the dot added after a bare numeral), 工作要求 its requirement
 * text, the unit columns the names the plan gives (group phrases kept whole), and 落实情况 the {@link TaskOutcome}
 * label on {@code asOf}.
 */
public record AnnualReport(String title, int year, LocalDate asOf, String summary, List<Section> sections) {

    public static final List<String> HEADER = List.of("工作任务", "工作要求", "牵头单位", "责任单位", "落实情况");

    /** The rows under one section path, in document order. */
    public record Section(List<String> path, List<Row> rows) {}

    /** One task's row. */
    public record Row(
            String taskId,
            String task,
            String requirement,
            String leadUnits,
            String responsibleUnits,
            TaskOutcome outcome) {

        /** The five cells in {@link #HEADER} order. */
        public List<String> cells() {
            return List.of(task, requirement, leadUnits, responsibleUnits, outcome.label());
        }
    }

    /**
     * A line of the laid-out table: a heading (with its depth, 0 for 一、) wherever a section path starts to differ
     * from the one above, or a task row. Every writer lays the table out the same way through this.
     */
    public record Line(String heading, int level, Row row) {

        public boolean isHeading() {
            return row == null;
        }
    }

    public static AnnualReport of(PlanFacts plan, LocalDate asOf) {
        List<Section> sections = plan.sections().stream()
                .map(s -> new Section(s.path(), rows(s, asOf)))
                .toList();
        String title = Objects.toString(plan.title(), plan.year() + "年政务公开重点工作任务") + "落实情况";
        return new AnnualReport(title, plan.year(), asOf, AnnualSummaryWriter.write(plan, asOf), sections);
    }

    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        List<String> previous = List.of();
        for (Section section : sections) {
            int shared = sharedPrefix(previous, section.path());
            for (int level = shared; level < section.path().size(); level++) {
                lines.add(new Line(section.path().get(level), level, null));
            }
            section.rows()
                    .forEach(row -> lines.add(new Line(null, section.path().size(), row)));
            previous = section.path();
        }
        return lines;
    }

    private static List<Row> rows(SectionFacts section, LocalDate asOf) {
        return section.tasks().stream().map(task -> row(task, asOf)).toList();
    }

    private static Row row(TaskFacts task, LocalDate asOf) {
        return new Row(
                task.taskId(),
                taskText(task),
                Objects.toString(task.requirement(), ""),
                String.join("、", task.leadUnits()),
                String.join("、", task.responsibleUnits()),
                TaskOutcome.of(task, asOf));
    }

    private static String taskText(TaskFacts task) {
        String title = Objects.toString(task.title(), "");
        String number = task.number() == null ? "" : task.number().strip();
        if (number.isEmpty()) {
            return title;
        }
        return number.chars().allMatch(Character::isDigit) ? number + "." + title : number + title;
    }

    private static int sharedPrefix(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i;
    }
}
