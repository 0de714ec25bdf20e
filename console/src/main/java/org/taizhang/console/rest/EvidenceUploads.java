package org.taizhang.console.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.taizhang.console.api.AssignmentApi;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.BadInputException;
import org.taizhang.console.view.Problems;
import org.taizhang.console.view.ReportForm;

/** Sends a report form's evidence files to assignment-service, one by one, and gives back their ids to cite. */
@ApplicationScoped
class EvidenceUploads {

    private final AssignmentApi assignments;
    private final ConsoleConfig config;

    EvidenceUploads(@RestClient AssignmentApi assignments, ConsoleConfig config) {
        this.assignments = assignments;
        this.config = config;
    }

    List<UUID> store(UUID assignment, List<FileUpload> files) {
        List<FileUpload> chosen = files == null
                ? List.of()
                : files.stream()
                        .filter(file -> file.size() > 0
                                && file.fileName() != null
                                && !file.fileName().isBlank())
                        .toList();
        if (chosen.size() > ReportForm.MAX_FILES) {
            throw new BadInputException("一次最多上传 " + ReportForm.MAX_FILES + " 个佐证文件");
        }
        chosen.stream()
                .filter(file -> file.size() > config.maxUploadBytes())
                .findFirst()
                .ifPresent(file -> {
                    throw new BadInputException("文件「" + file.fileName() + "」超过大小限制");
                });
        List<UUID> ids = new ArrayList<>();
        for (FileUpload file : chosen) {
            try {
                ClientMultipartForm form = ClientMultipartForm.create()
                        .binaryFileUpload(
                                "file", file.fileName(), file.uploadedFile().toString(), file.contentType());
                ids.add(assignments.upload(assignment, form).id());
            } catch (WebApplicationException refusal) {
                if (!Refusals.aboutTheForm(refusal)) {
                    throw refusal;
                }
                throw new BadInputException("文件「" + file.fileName() + "」未能上传："
                        + Problems.messages(refusal).get(0));
            }
        }
        return ids;
    }
}
