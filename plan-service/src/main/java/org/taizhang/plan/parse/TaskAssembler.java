package org.taizhang.plan.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link ParsedTask} from an aligned row. */
final class TaskAssembler {

    /** The task, or null when the row holds no task text; {@code extraCells} counts cells that fitted no column. */
    record Result(ParsedTask task, int extraCells) {}

    private TaskAssembler() {}

    static Result assemble(
            int index,
            RowAligner.Alignment row,
            List<CellKind> kinds,
            List<String> sectionPath,
            SectionTracker sections) {
        Map<ColumnRole, String> byRole = new EnumMap<>(ColumnRole.class);
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
        String section = byRole.remove(ColumnRole.SECTION);
        List<String> path = sectionPath;
        if (section != null) {
            sections.enter(section);
            path = sections.path();
        }
        TaskText text = TaskText.of(
                byRole.get(ColumnRole.NUMBER), byRole.get(ColumnRole.TITLE), byRole.get(ColumnRole.REQUIREMENT));
        if (text.title() == null) {
            return new Result(null, extra);
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
        return new Result(task, extra);
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
