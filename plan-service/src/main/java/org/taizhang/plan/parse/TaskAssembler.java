package org.taizhang.plan.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link ParsedTask} from an aligned row. */
final class TaskAssembler {

    /**
     * The task, or null when the row holds no task text; {@code extraCells} counts cells that fitted no column;
     * {@code taskCell} is the task (工作任务) cell the row had or inherited, for the rows below it.
     */
    record Result(ParsedTask task, int extraCells, String taskCell) {}

    private TaskAssembler() {}

    /** The task of a row; {@code inheritedTaskCell}, when not null, stands in for an empty task cell. */
    static Result assemble(
            int index,
            RowAligner.Alignment row,
            List<CellKind> kinds,
            List<String> sectionPath,
            SectionTracker sections,
            String inheritedTaskCell) {
        Map<ColumnRole, String> byRole = new EnumMap<>(ColumnRole.class);
        int extra = byRoles(row, kinds, byRole);
        String section = byRole.remove(ColumnRole.SECTION);
        List<String> path = sectionPath;
        if (section != null) {
            sections.enter(section);
            path = sections.path();
        }
        if (inheritedTaskCell != null
                && !byRole.containsKey(ColumnRole.TITLE)
                && byRole.containsKey(ColumnRole.REQUIREMENT)) {
            byRole.put(ColumnRole.TITLE, inheritedTaskCell);
        }
        TaskText text = TaskText.of(
                byRole.get(ColumnRole.NUMBER), byRole.get(ColumnRole.TITLE), byRole.get(ColumnRole.REQUIREMENT));
        if (text.title() == null) {
            return new Result(null, extra, inheritedTaskCell);
        }
        ParsedTask task = new ParsedTask(
                index,
                text.number(),
                path,
                text.title(),
                text.requirement(),
                byRole.get(ColumnRole.LEAD),
                byRole.get(ColumnRole.RESPONSIBLE),
                byRole.get(ColumnRole.DEADLINE),
                byRole.get(ColumnRole.STATUS),
                byRole.get(ColumnRole.SUPPORTING),
                null,
                List.of());
        return new Result(task, extra, byRole.get(ColumnRole.TITLE));
    }

    private static int byRoles(RowAligner.Alignment row, List<CellKind> kinds, Map<ColumnRole, String> byRole) {
        int extra = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i).strip();
            ColumnRole aligned = row.roles().get(i);
            if (cell.isEmpty() || aligned == ColumnRole.IGNORE) {
                continue;
            }
            if (aligned == null) {
                extra++;
            }
            ColumnRole role = aligned != null
                    ? aligned
                    : kinds.get(i) == CellKind.NUMBER ? ColumnRole.NUMBER : ColumnRole.REQUIREMENT;
            byRole.merge(role, cell, (a, b) -> a + (role.isUnits() ? "，" : "\n") + b);
        }
        return extra;
    }

    /** The previous task with the unit, deadline and status cells of a leftover row filled in where it had none. */
    static ParsedTask completed(ParsedTask previous, RowAligner.Alignment row) {
        Map<ColumnRole, String> byRole = new EnumMap<>(ColumnRole.class);
        for (int i = 0; i < row.cells().size(); i++) {
            ColumnRole role = row.roles().get(i);
            if (role != null && !row.cells().get(i).isBlank()) {
                byRole.merge(role, row.cells().get(i).strip(), (a, b) -> a + "，" + b);
            }
        }
        return new ParsedTask(
                previous.index(),
                previous.number(),
                previous.sectionPath(),
                previous.title(),
                previous.requirement(),
                either(previous.leadRaw(), byRole.get(ColumnRole.LEAD)),
                either(previous.responsibleRaw(), byRole.get(ColumnRole.RESPONSIBLE)),
                either(previous.deadlineRaw(), byRole.get(ColumnRole.DEADLINE)),
                either(previous.statusRaw(), byRole.get(ColumnRole.STATUS)),
                either(previous.supportingRaw(), byRole.get(ColumnRole.SUPPORTING)),
                previous.deadline(),
                previous.units());
    }

    private static String either(String kept, String leftover) {
        return kept != null && !kept.isBlank() ? kept : leftover;
    }

    /** The previous task with a continuation row's text added to its requirement (a row split by a page break). */
    static ParsedTask continued(ParsedTask previous, String text) {
        String addition = TextNormalizer.normalize(text);
        String requirement = previous.requirement() == null
                ? addition
                : TextNormalizer.normalize(previous.requirement() + " " + addition);
        return new ParsedTask(
                previous.index(),
                previous.number(),
                previous.sectionPath(),
                previous.title(),
                requirement,
                previous.leadRaw(),
                previous.responsibleRaw(),
                previous.deadlineRaw(),
                previous.statusRaw(),
                previous.supportingRaw(),
                previous.deadline(),
                previous.units());
    }
}
