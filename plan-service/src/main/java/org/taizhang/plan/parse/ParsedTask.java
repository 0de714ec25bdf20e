package org.taizhang.plan.parse;

import java.util.List;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitMention;

/**
 * One task as read from a document.
 *
 * <p>{@code index} is the 1-based position in the document and is what orders tasks; {@code number} is the number as
 * written (tasks restart numbering per section in many plans, some are not numbered at all: then it is null). The
 * {@code *Raw} fields keep the cell text as written (null when the document has no such cell); {@code deadline} and
 * {@code units} are what {@link TaskInterpreter} understood from them and are null/empty until it ran.
 */
public record ParsedTask(
        int index,
        String number,
        List<String> sectionPath,
        String title,
        String requirement,
        String leadRaw,
        String responsibleRaw,
        String deadlineRaw,
        String statusRaw,
        String supportingRaw,
        Deadline deadline,
        List<UnitMention> units) {

    public ParsedTask {
        sectionPath = List.copyOf(sectionPath);
        units = units == null ? List.of() : List.copyOf(units);
    }

    public ParsedTask interpreted(Deadline parsedDeadline, List<UnitMention> parsedUnits) {
        return new ParsedTask(
                index,
                number,
                sectionPath,
                title,
                requirement,
                leadRaw,
                responsibleRaw,
                deadlineRaw,
                statusRaw,
                supportingRaw,
                parsedDeadline,
                parsedUnits);
    }
}
