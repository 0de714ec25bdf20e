package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.taizhang.console.api.Assignment;
import org.taizhang.console.api.AssignmentApi;
import org.taizhang.console.api.AuditEntry;
import org.taizhang.console.view.BadInputException;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Problems;
import org.taizhang.console.view.ReportForm;

/** One assignment: read it, report progress on it with evidence files, download a file, read its audit trail. */
@Path("/assignments/{id}")
public class AssignmentResource {

    private final AssignmentApi assignments;
    private final AssignmentPage page;
    private final EvidenceUploads uploads;

    public AssignmentResource(@RestClient AssignmentApi assignments, AssignmentPage page, EvidenceUploads uploads) {
        this.assignments = assignments;
        this.page = page;
        this.uploads = uploads;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(Assignment assignment, List<AuditEntry> entries);
    }

    @GET
    public TemplateInstance assignment(@PathParam("id") String id, @QueryParam("notice") String notice) {
        return page.render(Inputs.id("任务编号", id), ReportForm.blank(), Notices.text(notice), List.of());
    }

    @POST
    @Path("/report")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response report(
            @PathParam("id") String id,
            @RestForm String status,
            @RestForm String percent,
            @RestForm String summary,
            @RestForm String links,
            @RestForm("files") List<FileUpload> files) {
        UUID assignment = Inputs.id("任务编号", id);
        ReportForm form = new ReportForm(status, percent, summary, links);
        try {
            form.toSubmission(List.of());
            List<UUID> cited = uploads.store(assignment, files);
            assignments.report(assignment, form.toSubmission(cited));
        } catch (BadInputException refused) {
            return again(400, assignment, form, List.of(refused.getMessage()));
        } catch (WebApplicationException refusal) {
            if (!Refusals.aboutTheForm(refusal)) {
                throw refusal;
            }
            return again(refusal.getResponse().getStatus(), assignment, form, Problems.messages(refusal));
        }
        return Response.seeOther(URI.create("/assignments/" + assignment + "?notice=reported"))
                .build();
    }

    @GET
    @Path("/evidence/{fileId}")
    public Response download(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        return Downloads.passOn(assignments.download(Inputs.id("任务编号", id), Inputs.id("文件编号", fileId)));
    }

    @GET
    @Path("/audit")
    public TemplateInstance audit(@PathParam("id") String id) {
        UUID assignment = Inputs.id("任务编号", id);
        return Templates.audit(assignments.assignment(assignment), assignments.audit(assignment));
    }

    private Response again(int status, UUID assignment, ReportForm form, List<String> errors) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render(assignment, form, null, errors))
                .build();
    }
}
