package org.taizhang.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.assignment.directory.io.DirectoryFormat;
import org.taizhang.assignment.service.DirectoryExportService;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.security.Caller;

/** The unit directory as a CSV or .xlsx file, to edit in Excel and import back. */
@Path("/api/units/export")
@Tag(name = "Units")
public class UnitExportResource {

    private final DirectoryExportService exports;

    public UnitExportResource(DirectoryExportService exports) {
        this.exports = exports;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Produces({DirectoryFormat.CSV_TYPE, DirectoryFormat.XLSX_TYPE})
    @Operation(
            summary = "Download the directory as CSV or .xlsx",
            description =
                    "?format=csv|xlsx, or by Accept (text/csv or the .xlsx type); CSV when neither says."
                            + " regionCode limits the file to the units inside that region. Columns id, name, aliases (joined"
                            + " by |), kind, level, regionCode, parentId; the CSV is UTF-8 with a BOM so that Excel opens it;"
                            + " a cell starting with = + - @, tab or a line break gets a leading ' so that a spreadsheet shows it"
                            + " as text instead of running it. Importing the file back (the ' taken off again) changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The file, as an attachment named units-<region or all>.csv or .xlsx",
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
            responseCode = "400",
            description = "Unknown format, or regionCode not a division code",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "bad format", value = UnitExamples.BAD_FORMAT)))
    public Response export(
            @Parameter(description = "csv or xlsx; by Accept when left out, CSV when neither says")
                    @QueryParam("format")
                    String format,
            @Parameter(
                            description = "Only units inside this region: an" + " administrative division code, 6"
                                    + " digits (e.g. 341821), 9 or 12 for a town")
                    @QueryParam("regionCode")
                    String regionCode,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        DirectoryFormat chosen = DirectoryFormats.forExport(format, accept);
        byte[] file = exports.export(regionCode, chosen);
        String scope = regionCode == null || regionCode.isBlank() ? "all" : regionCode.strip();
        return Response.ok(file, chosen.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"units-" + scope + "." + chosen.extension() + "\"")
                .build();
    }
}
