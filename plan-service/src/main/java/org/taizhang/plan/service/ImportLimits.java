package org.taizhang.plan.service;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.plan.parse.ParsedDocument;
import org.taizhang.plan.parse.ParsedTask;
import org.taizhang.platform.problem.Problem;

/**
 * Checks a read document against what a plan can keep: the same field limits as a task edit ({@code TaskRequest}) and
 * the columns of {@code plan_task}, {@code plan_section} and {@code plan_task_unit}, and a task count per plan.
 */
public final class ImportLimits {

    /** {@code plan_task.number}. */
    public static final int NUMBER = 20;
    /** {@code plan_section.title}, one heading of the section path. */
    public static final int SECTION = 500;
    /** A task's title (工作任务). */
    public static final int TITLE = 2000;
    /** A task's requirement (具体要求). */
    public static final int REQUIREMENT = 10000;
    /** {@code plan_task.deadline_raw}. */
    public static final int DEADLINE = 200;
    /** {@code plan_task_unit.raw} and {@code name}. */
    public static final int UNIT = 300;
    /** The progress a document reports (完成情况). */
    public static final int STATUS = 2000;
    /** Violations named in the answer's detail; all of them are listed in its errors. */
    private static final int NAMED_IN_DETAIL = 5;

    private final int maxTasks;

    public ImportLimits(int maxTasks) {
        this.maxTasks = maxTasks;
    }

    /** Throws {@link ImportLimitException} naming every task field over its limit, or a task count over the most. */
    public void check(ParsedDocument document) {
        int count = document.tasks().size();
        if (count > maxTasks) {
            String message = "文件有 " + count + " 项任务，一个计划最多 " + maxTasks + " 项，请拆分后再导入 (" + count + " tasks, at most "
                    + maxTasks + " per plan)";
            throw new ImportLimitException(message, List.of(new Problem.Violation("tasks", message)));
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            check(document.tasks().get(i), i, violations);
        }
        if (!violations.isEmpty()) {
            throw new ImportLimitException(detail(violations), List.copyOf(violations));
        }
    }

    private static void check(ParsedTask task, int position, List<Problem.Violation> violations) {
        Field.of(task, position, violations)
                .check("number", "序号", task.number(), NUMBER)
                .check("title", "工作任务", task.title(), TITLE)
                .check("requirement", "具体要求", task.requirement(), REQUIREMENT)
                .check("deadline", "完成时限", task.deadlineRaw(), DEADLINE)
                .check("status", "完成情况", task.statusRaw(), STATUS);
        Field field = Field.of(task, position, violations);
        for (int s = 0; s < task.sectionPath().size(); s++) {
            field.check("sectionPath[" + s + "]", "所属章节标题", task.sectionPath().get(s), SECTION);
        }
        for (int u = 0; u < task.units().size(); u++) {
            UnitMention unit = task.units().get(u);
            field.check("units[" + u + "].name", "责任单位名称", unit.name(), UNIT);
            field.check("units[" + u + "].raw", "责任单位", unit.raw(), UNIT);
        }
    }

    private static String detail(List<Problem.Violation> violations) {
        StringBuilder detail = new StringBuilder();
        violations.stream()
                .limit(NAMED_IN_DETAIL)
                .forEach(v -> detail.append(detail.isEmpty() ? "" : "；").append(v.message()));
        if (violations.size() > NAMED_IN_DETAIL) {
            detail.append("；另有 ").append(violations.size() - NAMED_IN_DETAIL).append(" 处超长");
        }
        return detail.append("。请修改文件后再导入。").toString();
    }

    /** Length in characters as PostgreSQL counts them (code points, not UTF-16 units). */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Checks one task's fields, naming the task by its position and its number as written. */
    private record Field(String name, String path, List<Problem.Violation> violations) {

        static Field of(ParsedTask task, int position, List<Problem.Violation> violations) {
            String number = task.number() == null || task.number().isBlank()
                    ? "无序号"
                    : "序号 " + abbreviated(task.number().strip());
            return new Field("第" + (position + 1) + "项任务（" + number + "）", "tasks[" + position + "]", violations);
        }

        Field check(String field, String label, String value, int limit) {
            if (value != null && length(value) > limit) {
                String message = name + "的" + label + "超过 " + limit + " 字（有 " + length(value) + " 字，限 " + limit + " 字）";
                violations.add(new Problem.Violation(path + "." + field, message));
            }
            return this;
        }

        private static String abbreviated(String number) {
            return length(number) <= NUMBER ? number : number.substring(0, number.offsetByCodePoints(0, NUMBER)) + "…";
        }
    }
}
