package org.taizhang.plan.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.plan.parse.DeadlineParser;
import org.taizhang.plan.parse.TextNormalizer;
import org.taizhang.plan.parse.UnitPhraseParser;
import org.taizhang.plan.service.PublishOptions;
import org.taizhang.plan.service.TaskCommand;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;

/** Reads what the office typed the way the importer reads a document: deadlines and unit phrases parsed. */
@ApplicationScoped
public class TaskRequests {

    private final DeadlineParser deadlines = new DeadlineParser();
    private final UnitPhraseParser units = new UnitPhraseParser();

    public TaskCommand toCommand(TaskRequest request, int planYear) {
        return new TaskCommand(
                blankToNull(request.number()),
                request.sectionPath() == null
                        ? List.of()
                        : request.sectionPath().stream()
                                .map(TextNormalizer::normalize)
                                .toList(),
                request.title().trim(),
                blankToNull(request.requirement()),
                deadlines.parse(request.deadline(), planYear),
                request.units() != null && !request.units().isEmpty()
                        ? request.units().stream().map(UnitInput::toMention).toList()
                        : units.parse(request.leadUnits(), request.responsibleUnits()),
                null);
    }

    /** Deadlines the office gives at publication; each must be understood, or the request is refused. */
    public PublishOptions toOptions(PublishRequest request, int planYear) {
        if (request == null) {
            return PublishOptions.none();
        }
        Deadline fallback = request.defaultDeadline() == null
                ? null
                : understood("defaultDeadline", request.defaultDeadline(), planYear);
        Map<UUID, Deadline> perTask = new HashMap<>();
        if (request.taskDeadlines() != null) {
            request.taskDeadlines()
                    .forEach((id, raw) -> perTask.put(id, understood("taskDeadlines." + id, raw, planYear)));
        }
        return new PublishOptions(fallback, perTask);
    }

    private Deadline understood(String field, String raw, int planYear) {
        Deadline deadline = deadlines.parse(raw, planYear);
        if (deadline.kind() == DeadlineKind.UNSPECIFIED) {
            throw new ProblemException(
                    Response.Status.BAD_REQUEST,
                    "Deadline not understood: " + raw,
                    List.of(new Problem.Violation(field, "无法识别的时限「" + raw + "」，例如：年底前、6月底前、持续推进、每季度")));
        }
        return deadline;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
