package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitMention;

/**
 * What is unclear in one task's deadline and units, judged from the understood fields alone: the import and every later
 * edit or re-check of a draft ask the same questions, so a task the office fixed loses its diagnostic and one it left
 * unclear keeps exactly one.
 */
public final class TaskContentCheck {

    /** The codes this check gives; every other task diagnostic is about the document's layout. */
    public static final Set<String> CODES = Set.of(
            ImportDiagnostic.UNPARSED_DEADLINE,
            ImportDiagnostic.MISSING_UNITS,
            ImportDiagnostic.AMBIGUOUS_UNITS,
            ImportDiagnostic.UNRECOGNISED_UNIT);

    private TaskContentCheck() {}

    /** The diagnostics of the task at {@code index} (1-based, as the document counts tasks), in a stable order. */
    public static List<ImportDiagnostic> check(int index, Deadline deadline, List<UnitMention> mentions) {
        String task = "第" + index + "项任务";
        List<ImportDiagnostic> out = new ArrayList<>();
        if (deadline == null || deadline.kind() == DeadlineKind.UNSPECIFIED) {
            String raw = deadline == null || deadline.raw() == null ? "" : deadline.raw();
            String message = raw.isEmpty()
                    ? task + "没有完成时限，请补充。 (No deadline given.)"
                    : task + "的时限“" + raw + "”无法识别，请核对。 (Deadline not understood.)";
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
        return out;
    }
}
