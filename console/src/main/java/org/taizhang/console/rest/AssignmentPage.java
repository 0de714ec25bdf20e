package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.Assignment;
import org.taizhang.console.api.AssignmentApi;
import org.taizhang.console.api.EvidenceFile;
import org.taizhang.console.api.ProgressReport;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.ReportForm;

/** One assignment's page: its facts, its report history with the files each cites, and the report form. */
@ApplicationScoped
class AssignmentPage {

    private final AssignmentApi assignments;
    private final ConsoleConfig config;

    AssignmentPage(@RestClient AssignmentApi assignments, ConsoleConfig config) {
        this.assignments = assignments;
        this.config = config;
    }

    @CheckedTemplate(basePath = "AssignmentResource")
    static class Templates {
        static native TemplateInstance assignment(
                Assignment assignment,
                List<ProgressReport> reports,
                Map<UUID, EvidenceFile> files,
                ReportForm form,
                Map<String, String> statuses,
                long maxBytes,
                String notice,
                List<String> errors);
    }

    TemplateInstance render(UUID id, ReportForm form, String notice, List<String> errors) {
        Assignment assignment = assignments.assignment(id);
        // Newest first: the latest report is what the reader looks for.
        List<ProgressReport> reports = new ArrayList<>(assignments.reports(id));
        Collections.reverse(reports);
        Map<UUID, EvidenceFile> files =
                assignments.evidence(id).stream().collect(Collectors.toMap(EvidenceFile::id, file -> file));
        return Templates.assignment(
                assignment, reports, files, form, ReportForm.STATUSES, config.maxUploadBytes(), notice, errors);
    }
}
