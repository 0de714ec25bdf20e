package org.taizhang.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.assignment.directory.io.DirectoryFormat;
import org.taizhang.assignment.service.DirectoryImportService;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.security.Caller;

/** Imports a directory file the office keeps in Excel: every unit created or updated, or nothing if any row is wrong. */
@Path("/api/units/import")
@Tag(name = "Units")
public class UnitImportResource {

    private final DirectoryImportService imports;
    private final Caller caller;

    public UnitImportResource(DirectoryImportService imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Caller.OFFICE)
    @Consumes({DirectoryFormat.CSV_TYPE, DirectoryFormat.XLSX_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import units from a CSV or .xlsx file",
            description =
                    "The body is the file: text/csv (UTF-8 with or without BOM, or GBK/GB18030 as Excel saves it),"
                            + " the .xlsx type (first sheet), or application/octet-stream with ?format=csv|xlsx. The header is"
                            + " found by name: the export's field names or Chinese headers (单位编码, 单位名称, 别名, 类型, 层级,"
                            + " 区划代码, 上级单位编码) in any order; kinds and levels by enum name or Chinese label (部门, 市级)."
                            + " Units are matched by id: new ids are created, known ids updated, units not in the file left"
                            + " alone. All or nothing: any bad row, unknown parent or parent loop rejects the whole file.")
    @RequestBody(
            content = {
                @Content(
                        mediaType = DirectoryFormat.CSV_TYPE,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = UnitExamples.CSV)),
                @Content(
                        mediaType = DirectoryFormat.XLSX_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(
            responseCode = "200",
            description = "Units created, updated, and named by the file but already as it says",
            content =
                    @Content(
                            schema = @Schema(implementation = UnitImportView.class),
                            examples = @ExampleObject(name = "imported", value = UnitExamples.IMPORTED)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown format",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "bad format", value = UnitExamples.BAD_FORMAT)))
    @APIResponse(responseCode = "403", description = "Only the office maintains the directory")
    @APIResponse(responseCode = "413", description = "The file is larger than 12 MB, declared or sent chunked")
    @APIResponse(
            responseCode = "422",
            description = "Nothing imported: the file is empty, unreadable or without header, or rows are wrong;"
                    + " errors[].field is rows[<row as the spreadsheet shows it>].<column>, or file",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "rejected", value = UnitExamples.IMPORT_REJECTED)))
    public UnitImportView importUnits(
            byte[] content,
            @Parameter(description = "csv or xlsx; by Content-Type or the file's content when left out")
                    @QueryParam("format")
                    String format,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        DirectoryFormat chosen = DirectoryFormats.forImport(format, contentType, content);
        return UnitImportView.from(imports.importFile(content, chosen, caller.subject()));
    }
}
