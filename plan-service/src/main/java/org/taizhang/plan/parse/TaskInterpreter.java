package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitMention;

/**
 * Reads each task's deadline and unit cells into {@link Deadline} and {@link UnitMention}s; what stays unclear is flagged
 * by {@link TaskContentCheck}, which edits of a draft use as well.
 */
public final class TaskInterpreter {

    private final DeadlineParser deadlines = new DeadlineParser();
    private final UnitPhraseParser units = new UnitPhraseParser();
    private final InlineUnits inline = new InlineUnits();

    /** The document with every task's deadline and units filled in and their diagnostics added. */
    public ParsedDocument interpret(ParsedDocument document, int planYear) {
        List<ParsedTask> tasks = new ArrayList<>();
        List<ImportDiagnostic> diagnostics = new ArrayList<>(document.diagnostics());
        for (ParsedTask read : document.tasks()) {
            ParsedTask task = withWrittenUnits(read);
            Deadline deadline = deadlines.parse(task.deadlineRaw(), planYear);
            List<UnitMention> mentions = units.parse(task.leadRaw(), task.responsibleRaw(), task.supportingRaw());
            tasks.add(task.interpreted(deadline, mentions));
            diagnostics.addAll(TaskContentCheck.check(task.index(), deadline, mentions));
        }
        return new ParsedDocument(tasks, diagnostics);
    }

    /** Units written with labels in a unit cell, or inside the task text when the row has no unit cell. */
    private ParsedTask withWrittenUnits(ParsedTask task) {
        InlineUnits.Found found;
        if (isBlank(task.leadRaw()) && isBlank(task.responsibleRaw()) && isBlank(task.supportingRaw())) {
            found = inline.find(task.requirement());
            if (found.isEmpty()) {
                found = inline.find(task.title());
            }
        } else if (!isBlank(task.responsibleRaw()) && isBlank(task.leadRaw())) {
            found = inline.labelled(task.responsibleRaw(), Simplified.of(task.responsibleRaw()));
        } else {
            return task;
        }
        if (found.isEmpty()) {
            return task;
        }
        return new ParsedTask(
                task.index(),
                task.number(),
                task.sectionPath(),
                task.title(),
                task.requirement(),
                found.lead(),
                found.responsible(),
                task.deadlineRaw(),
                task.statusRaw(),
                found.supporting() != null ? found.supporting() : task.supportingRaw(),
                null,
                List.of());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
