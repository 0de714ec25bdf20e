package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.taizhang.console.api.ImportResult;
import org.taizhang.console.api.PlanApi;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.ImportForm;
import org.taizhang.console.view.Problems;

/** The office uploads a plan document; the draft it becomes opens for review, or the form says what went wrong. */
@Path("/plans/import")
public class ImportResource {

    private final PlanApi plans;
    private final ConsoleConfig config;

    public ImportResource(@RestClient PlanApi plans, ConsoleConfig config) {
        this.plans = plans;
        this.config = config;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(
                ImportForm form, List<String> errors, long maxBytes, Map<String, String> levels);
    }

    @GET
    public TemplateInstance form() {
        ImportForm blank = new ImportForm(String.valueOf(Year.now().getValue()), "", "", "", "CITY");
        return Templates.form(blank, List.of(), config.maxUploadBytes(), ImportForm.LEVEL_NAMES);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(
            @RestForm("file") FileUpload file,
            @RestForm("year") String year,
            @RestForm("regionCode") String regionCode,
            @RestForm("regionName") String regionName,
            @RestForm("title") String title,
            @RestForm("level") String level) {
        ImportForm form = new ImportForm(year, regionCode, regionName, title, level);
        List<String> errors = form.problems(file, config.maxUploadBytes());
        if (!errors.isEmpty()) {
            return refused(400, form, errors);
        }
        try {
            ImportResult result = plans.importPlan(multipart(file, form));
            return Response.seeOther(URI.create("/plans/" + result.plan().id() + "?notice=imported"))
                    .build();
        } catch (WebApplicationException refusal) {
            if (!Refusals.aboutTheForm(refusal)) {
                throw refusal;
            }
            int status = refusal.getResponse().getStatus();
            return refused(status, form, Problems.messages(refusal));
        }
    }

    /** The form as plan-service takes it: the file under {@code file} whatever the page called it, then the fields. */
    private static ClientMultipartForm multipart(FileUpload file, ImportForm form) {
        ClientMultipartForm multipart = ClientMultipartForm.create()
                .binaryFileUpload("file", file.fileName(), file.uploadedFile().toString(), file.contentType());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("year", form.year());
        fields.put("regionCode", form.regionCode());
        fields.put("regionName", form.regionName());
        fields.put("title", form.title());
        fields.put("level", form.level());
        fields.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                multipart.attribute(name, value.strip(), null);
            }
        });
        return multipart;
    }

    private Response refused(int status, ImportForm form, List<String> errors) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.form(form, errors, config.maxUploadBytes(), ImportForm.LEVEL_NAMES))
                .build();
    }
}
