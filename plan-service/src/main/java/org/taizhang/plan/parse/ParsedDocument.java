package org.taizhang.plan.parse;

import java.util.List;

/** The tasks read from one document, in document order, and what the office should check. */
public record ParsedDocument(List<ParsedTask> tasks, List<ImportDiagnostic> diagnostics) {

    public ParsedDocument {
        tasks = List.copyOf(tasks);
        diagnostics = List.copyOf(diagnostics);
    }

    public List<ImportDiagnostic> diagnosticsFor(int taskIndex) {
        return diagnostics.stream()
                .filter(d -> d.taskIndex() != null && d.taskIndex() == taskIndex)
                .toList();
    }
}
