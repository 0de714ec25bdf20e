package org.taizhang.plan.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.plan.service.ImportService.ImportOutcome;

/** The draft plan an import created and the diagnostics it left for the office. */
@Schema(description = "The draft plan an import created and what the office should check")
public record ImportResultView(
        @Schema(description = "The draft plan") PlanView plan,

        @Schema(description = "What the import could not fully understand; empty when everything was read")
        List<DiagnosticView> diagnostics) {

    public static ImportResultView from(ImportOutcome outcome) {
        return new ImportResultView(
                PlanView.from(outcome.plan(), outcome.taskCount()),
                outcome.diagnostics().stream().map(DiagnosticView::from).toList());
    }
}
