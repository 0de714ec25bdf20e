package org.taizhang.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.entity.PlanDiagnostic;
import org.taizhang.plan.entity.PlanTask;
import org.taizhang.plan.parse.ImportDiagnostic;
import org.taizhang.plan.parse.ParsedDocument;
import org.taizhang.plan.parse.ParsedTask;
import org.taizhang.plan.parse.PlanDocumentImporter;

/**
 * Turns an uploaded task-division document into a draft plan with its sections, tasks and diagnostics. The document is
 * read and checked against the plan's limits before the transaction starts and the plan is written in one transaction:
 * a document that cannot be read or holds more than a plan may keep leaves nothing behind.
 */
@ApplicationScoped
public class ImportService {

    private final PlanDocumentImporter importer = new PlanDocumentImporter();
    private final ImportLimits limits;

    public ImportService(ImportConfig config) {
        this.limits = new ImportLimits(config.maxTasks());
    }

    /**
     * Reads the document; throws {@code ImportRejectedException} with a clerk-readable message when it cannot, and
     * {@link ImportLimitException} when it holds more than a plan may keep (see {@link ImportLimits}).
     */
    public ParsedDocument read(byte[] content, String filename, int year) {
        ParsedDocument document = importer.read(content, filename, year);
        limits.check(document);
        return document;
    }

    /** Writes the draft; the document is checked against the limits again before anything is written. */
    @Transactional
    public ImportOutcome create(ParsedDocument document, PlanDetails details, String filename, String by) {
        limits.check(document);
        Plan plan = Plan.draft(details.title(), details.year(), details.regionCode(), details.level(), by);
        plan.regionName = details.regionName();
        plan.sourceFilename = filename;
        plan.persist();
        SectionTree sections = SectionTree.ofNewPlan(plan.id);
        Map<Integer, UUID> taskIds = new HashMap<>();
        for (ParsedTask parsed : document.tasks()) {
            PlanTask task = PlanTask.of(plan.id, parsed.index() - 1);
            TaskService.apply(task, command(parsed), sections, by);
            task.persist();
            taskIds.put(parsed.index(), task.id);
        }
        List<PlanDiagnostic> diagnostics = new ArrayList<>();
        for (ImportDiagnostic found : document.diagnostics()) {
            Integer index = found.taskIndex();
            PlanDiagnostic diagnostic = PlanDiagnostic.of(
                    plan.id,
                    diagnostics.size(),
                    index == null ? null : taskIds.get(index),
                    index == null ? null : index - 1,
                    found.code(),
                    found.message());
            diagnostic.persist();
            diagnostics.add(diagnostic);
        }
        return new ImportOutcome(plan, document.tasks().size(), diagnostics);
    }

    private static TaskCommand command(ParsedTask parsed) {
        return new TaskCommand(
                parsed.number(),
                parsed.sectionPath(),
                parsed.title(),
                parsed.requirement(),
                parsed.deadline(),
                parsed.units(),
                parsed.statusRaw());
    }

    /** The draft an import created, how many tasks it has, and what the office should check. */
    public record ImportOutcome(Plan plan, int taskCount, List<PlanDiagnostic> diagnostics) {}
}
