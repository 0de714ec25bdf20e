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

    /** The document with every task's deadline and units filled in and their diagnostics added. */
    public ParsedDocument interpret(ParsedDocument document, int planYear) {
        List<ParsedTask> tasks = new ArrayList<>();
        List<ImportDiagnostic> diagnostics = new ArrayList<>(document.diagnostics());
        for (ParsedTask task : document.tasks()) {
            Deadline deadline = deadlines.parse(task.deadlineRaw(), planYear);
            List<UnitMention> mentions = units.parse(task.leadRaw(), task.responsibleRaw(), task.supportingRaw());
            tasks.add(task.interpreted(deadline, mentions));
            diagnose(task.index(), deadline, mentions, diagnostics);
        }
        return new ParsedDocument(tasks, diagnostics);
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
