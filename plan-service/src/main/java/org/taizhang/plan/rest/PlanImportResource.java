package org.taizhang.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.taizhang.plan.entity.PlanLevel;
import org.taizhang.plan.parse.ParsedDocument;
import org.taizhang.plan.service.ImportService;
import org.taizhang.plan.service.ImportService.ImportOutcome;
import org.taizhang.plan.service.PlanDetails;
import org.taizhang.platform.security.Caller;

/** Imports the office's task-division document (text or CSV table, HTML page, .xlsx/.xls or .docx/.doc) as a draft plan. */
@Path("/api/plans/import")
@Tag(name = "Plans")
public class PlanImportResource {

    private final ImportService imports;
    private final ImportForms forms;
    private final Caller caller;

    public PlanImportResource(ImportService imports, ImportForms forms, Caller caller) {
        this.imports = imports;
        this.forms = forms;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Caller.OFFICE)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import a task-division document as a draft plan",
            description = "multipart/form-data: file (text or CSV table in UTF-8 or GB18030, saved HTML page, PDF with"
                    + " text, .xlsx/.xls or .docx/.doc, at most 10 MB), year (2000–2100), regionCode (2–12 digits), and"
                    + " optionally title (at most 500 characters), regionName (at most 100), level (PROVINCE, CITY,"
                    + " COUNTY, DISTRICT, TOWN). Layout and columns are detected from the content.")
    @APIResponse(
            responseCode = "201",
            description = "The draft plan and what the office should check",
            content =
                    @Content(
                            schema = @Schema(implementation = ImportResultView.class),
                            examples = @ExampleObject(name = "imported", value = Examples.IMPORT_RESULT)))
    @APIResponse(responseCode = "400", description = "A form field is missing or invalid")
    @APIResponse(responseCode = "413", description = "The file is larger than 10 MB")
    @APIResponse(
            responseCode = "422",
            description = "The file holds no task table that can be read, a task field is longer than a plan keeps"
                    + " (e.g. a title over 2000 characters), the file has more tasks than a plan may have (2000 by"
                    + " default), or title (500), regionName (100) or the file's name (300) is too long")
    public Response importPlan(
            @Schema(
                            description = "The task-division document: a text or CSV table"
                                    + " (UTF-8, UTF-16 with BOM or GB18030), saved HTML"
                                    + " page, PDF with text, .xlsx/.xls or .docx/.doc; at most 10 MB")
                    @RestForm("file")
                    FileUpload file,
            @Schema(description = "The plan year, 2000–2100") @RestForm("year") String year,
            @Schema(
                            description = "The issuing government's region: an"
                                    + " administrative division code, 2–12 digits, e.g. 341800")
                    @RestForm("regionCode")
                    String regionCode,
            @Schema(
                            description = "The plan's title, at most 500 characters; read"
                                    + " from the document or made from the year when left out")
                    @RestForm("title")
                    String title,
            @Schema(description = "The region's name, e.g. 宣城市; at most 100 characters") @RestForm("regionName")
                    String regionName,
            @Schema(description = "PROVINCE, CITY, COUNTY, DISTRICT or TOWN; CITY when left out") @RestForm("level")
                    String level) {
        int planYear = forms.year(year);
        PlanLevel planLevel = forms.level(level);
        forms.regionCode(regionCode);
        String planRegionName = forms.regionName(regionName);
        byte[] content = forms.content(file);
        String planTitle = forms.title(title, file.fileName(), planYear);
        ParsedDocument document = imports.read(content, file.fileName(), planYear);
        PlanDetails details = new PlanDetails(planTitle, planYear, regionCode.trim(), planRegionName, planLevel, null);
        ImportOutcome outcome = imports.create(document, details, file.fileName(), caller.subject());
        return Response.created(URI.create("/api/plans/" + outcome.plan().id))
                .entity(ImportResultView.from(outcome))
                .build();
    }

    static byte[] bytes(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
