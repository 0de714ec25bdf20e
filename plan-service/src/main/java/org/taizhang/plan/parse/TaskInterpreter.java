package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitMention;

/** Reads each task's deadline and unit cells into {@link Deadline} and {@link UnitMention}s and flags what is unclear. */
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
            diagnose(task.index(), deadline, mentions, diagnostics);
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

    private static void diagnose(int index, Deadline deadline, List<UnitMention> mentions, List<ImportDiagnostic> out) {
        String task = "第" + index + "项任务";
        if (deadline.kind() == DeadlineKind.UNSPECIFIED) {
            String message = deadline.raw().isEmpty()
                    ? task + "没有完成时限，请补充。 (No deadline given.)"
                    : task + "的时限“" + deadline.raw() + "”无法识别，请核对。 (Deadline not understood.)";
            out.add(ImportDiagnostic.forTask(index, ImportDiagnostic.UNPARSED_DEADLINE, message));
        }
        if (mentions.isEmpty()) {
            out.add(ImportDiagnostic.forTask(
                    index, ImportDiagnostic.MISSING_UNITS, task + "没有责任单位，请补充。 (No responsible unit.)"));
        }
        for (UnitMention mention : mentions) {
            if (mention.ambiguous()) {
                out.add(ImportDiagnostic.forTask(
                        index,
                        ImportDiagnostic.AMBIGUOUS_UNITS,
                        task + "的“" + mention.name() + "”未指明具体单位，请选择。 (Ambiguous group: choose the units.)"));
            } else if (!mention.group() && !UnitVocabulary.endsLikeUnit(mention.name())) {
                out.add(ImportDiagnostic.forTask(
                        index,
                        ImportDiagnostic.UNRECOGNISED_UNIT,
                        task + "的“" + mention.name() + "”不像单位名称，请核对。 (Unrecognised unit name.)"));
            }
        }
    }
}
