package org.taizhang.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.taizhang.assignment.evidence.ContentDisposition;
import org.taizhang.assignment.service.AssignmentService;
import org.taizhang.assignment.service.EvidenceContent;
import org.taizhang.assignment.service.EvidenceRejectedException;
import org.taizhang.assignment.service.EvidenceService;
import org.taizhang.assignment.service.EvidenceUpload;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.security.Caller;

/** Evidence files (佐证材料) of one assignment: uploaded by whoever reports on it, read by whoever reads its reports. */
@Path("/api/assignments/{id}/evidence")
@Tag(name = "Evidence", description = "Evidence files (佐证材料: scans, screenshots, PDFs) of assignments")
public class EvidenceResource {

    private static final String PROBLEM = "application/problem+json";

    private final EvidenceService evidence;
    private final AssignmentService reads;
    private final Caller caller;

    public EvidenceResource(EvidenceService evidence, AssignmentService reads, Caller caller) {
        this.evidence = evidence;
        this.reads = reads;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Caller.OFFICE, Caller.UNIT, Caller.INTEGRATION})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Upload an evidence file",
            description = "multipart/form-data with one field, file: a PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, DOC or"
                    + " XLS document, judged by its content, at most taizhang.evidence.max-bytes (10 MiB). Allowed to"
                    + " whoever may report progress on the assignment; a report cites it by id in evidenceFileIds.")
    @APIResponse(
            responseCode = "201",
            description = "The file is kept",
            content =
                    @Content(
                            schema = @Schema(implementation = EvidenceFileView.class),
                            examples = @ExampleObject(name = "file", value = EvidenceExamples.FILE)))
    @APIResponse(responseCode = "403", description = "Not the caller's unit or region")
    @APIResponse(responseCode = "404", description = "No such assignment")
    @APIResponse(responseCode = "413", description = "The file is larger than taizhang.evidence.max-bytes")
    @APIResponse(
            responseCode = "415",
            description = "The file's content is none of the accepted kinds",
            content =
                    @Content(
                            mediaType = PROBLEM,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "unsupported", value = EvidenceExamples.UNSUPPORTED)))
    @APIResponse(
            responseCode = "422",
            description = "No file, an empty file, or a file name that is missing, longer than 255 characters or"
                    + " holds control characters")
    public Response upload(
            @Parameter(description = "The assignment's id (UUID)") @PathParam("id") UUID id,
            @Schema(
                            description = "The evidence file: PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, DOC or XLS,"
                                    + " at most 10 MiB; its name is kept as given")
                    @RestForm("file")
                    FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw EvidenceRejectedException.invalid("The form has no file field");
        }
        EvidenceFileView view = EvidenceFileView.from(evidence.upload(
                id, new EvidenceUpload(file.fileName(), file.size(), file.uploadedFile()), Reporters.of(caller)));
        return Response.created(URI.create(view.download())).entity(view).build();
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evidence files", description = "Every evidence file of the assignment, oldest first")
    @APIResponse(
            responseCode = "200",
            description = "The files' descriptions",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceFileView.class),
                            examples = @ExampleObject(name = "files", value = "[" + EvidenceExamples.FILE + "]")))
    @APIResponse(responseCode = "403", description = "Not the caller's unit or region")
    @APIResponse(responseCode = "404", description = "No such assignment")
    public List<EvidenceFileView> list(
            @Parameter(description = "The assignment's id (UUID)") @PathParam("id") UUID id) {
        AssignmentScope.requireReadable(reads.get(id), caller);
        return evidence.list(id).stream().map(EvidenceFileView::from).toList();
    }

    @GET
    @Path("/{fileId}")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Produces(MediaType.WILDCARD)
    @Operation(
            summary = "Download an evidence file",
            description = "The file's bytes with its detected content type, as an attachment under its own name")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Not the caller's unit or region")
    @APIResponse(responseCode = "404", description = "No such assignment, or no such file of it")
    public Response download(
            @Parameter(description = "The assignment's id (UUID)") @PathParam("id") UUID id,
            @Parameter(description = "The evidence file's id (UUID)") @PathParam("fileId") UUID fileId) {
        AssignmentScope.requireReadable(reads.get(id), caller);
        EvidenceContent found = evidence.download(id, fileId);
        return Response.ok(found.content(), found.file().contentType)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(found.file().fileName))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
