package org.taizhang.plan.rest;

import java.util.List;
import org.taizhang.plan.service.ImportService.ImportOutcome;

/** The draft plan an import created and the diagnostics it left for the office. */
public record ImportResultView(PlanView plan, List<DiagnosticView> diagnostics) {

    public static ImportResultView from(ImportOutcome outcome) {
        return new ImportResultView(
                PlanView.from(outcome.plan(), outcome.taskCount()),
                outcome.diagnostics().stream().map(DiagnosticView::from).toList());
    }
}
