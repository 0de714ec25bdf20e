package org.taizhang.plan.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

/**
 * A plan laid out the way offices post it on their portals: a title, then rows under the columns 序号 | 工作任务 |
 * 具体要求 | 牵头单位 | 责任单位 | 时限, with a section heading row wherever the section changes.
 */
public record PlanTable(String title, List<Row> rows) {

    public static final List<String> HEADER = List.of("序号", "工作任务", "具体要求", "牵头单位", "责任单位", "时限");

    /** A row of the table: a section heading (only {@code section} set) or a task (the six cells). */
    public record Row(String section, List<String> cells) {

        public boolean isSection() {
            return section != null;
        }
    }

    /** A task as the exporter needs it. */
    public record TaskLine(
            String number,
            List<String> sectionPath,
            String title,
            String requirement,
            Deadline deadline,
            List<UnitMention> units) {}

    public static PlanTable of(String title, List<TaskLine> tasks) {
        List<Row> rows = new ArrayList<>();
        List<String> current = List.of();
        for (TaskLine task : tasks) {
            List<String> path = task.sectionPath() == null ? List.of() : task.sectionPath();
            int common = commonPrefix(current, path);
            for (int level = common; level < path.size(); level++) {
                rows.add(new Row(path.get(level), null));
            }
            current = path;
            rows.add(new Row(null, cells(task)));
        }
        return new PlanTable(title, rows);
    }

    private static List<String> cells(TaskLine task) {
        return List.of(
                Objects.toString(task.number(), ""),
                Objects.toString(task.title(), ""),
                Objects.toString(task.requirement(), ""),
                names(task.units(), UnitRole.LEAD, ""),
                responsible(task.units()),
                deadline(task.deadline()));
    }

    private static String responsible(List<UnitMention> units) {
        String responsible = names(units, UnitRole.RESPONSIBLE, "");
        String supporting = names(units, UnitRole.SUPPORTING, "配合");
        if (supporting.isEmpty()) {
            return responsible;
        }
        return responsible.isEmpty() ? supporting : responsible + "，" + supporting;
    }

    private static String names(List<UnitMention> units, UnitRole role, String suffix) {
        String joined = units.stream()
                .filter(u -> u.role() == role)
                .map(UnitMention::name)
                .collect(Collectors.joining("、"));
        return joined.isEmpty() ? "" : joined + suffix;
    }

    private static String deadline(Deadline deadline) {
        if (deadline == null) {
            return "";
        }
        if (deadline.raw() != null && !deadline.raw().isBlank()) {
            return deadline.raw();
        }
        return deadline.dueDate() == null ? "" : deadline.dueDate().format(DateTimeFormatter.ofPattern("yyyy年M月d日前"));
    }

    private static int commonPrefix(List<String> a, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        return i;
    }
}
