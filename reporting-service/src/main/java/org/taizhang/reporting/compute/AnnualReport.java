package org.taizhang.reporting.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.SectionFacts;
import org.taizhang.reporting.model.TaskFacts;

/**
 * The 落实情况 table of the annual disclosure report with its summary paragraph. A row's 工作任务 is the task's number
 * and title as the plan writes it ("1.主动公开…", the dot added after a bare numeral), 工作要求 its requirement
 * text, the unit columns the names the plan gives (group phrases kept whole), and 落实情况 the {@link TaskOutcome}
 * label on {@code asOf}.
 */
@Schema(
        description = "The 落实情况 table of the annual"
                + " government-information-disclosure report, with its summary paragraph")
public record AnnualReport(
        @Schema(description = "The table's title: the plan title followed by 落实情况")
        String title,

        @Schema(description = "The plan year") int year,

        @Schema(
                description =
                        "The day the table is drawn up (ISO-8601" + " date, Asia/Shanghai); outcomes are judged on it")
        LocalDate asOf,

        @Schema(description = "The summary paragraph for the report, in Chinese")
        String summary,

        @Schema(description = "The rows grouped by section path, in document order")
        List<Section> sections) {

    public static final List<String> HEADER = List.of("工作任务", "工作要求", "牵头单位", "责任单位", "落实情况");

    /** The rows under one section path, in document order. */
    @Schema(description = "The rows under one section path")
    public record Section(
            @Schema(
                    description = "The section headings from the top level down, e.g."
                            + " [\"一、…\", \"（一）…\"]; empty for tasks under no heading")
            List<String> path,

            @Schema(description = "One row per task, in document order")
            List<Row> rows) {}

    /** One task's row. */
    @Schema(description = "One task's row of the table")
    public record Row(
            @Schema(description = "The task's id (UUID, as in plan-service)")
            String taskId,

            @Schema(description = "工作任务: the task number and title as the plan writes them")
            String task,

            @Schema(description = "工作要求: the requirement text")
            String requirement,

            @Schema(description = "牵头单位: the lead units as the plan names them, group phrases kept whole")
            String leadUnits,

            @Schema(description = "责任单位: the responsible units as the plan names them")
            String responsibleUnits,

            @Schema(description = "落实情况 on asOf") TaskOutcome outcome) {

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
