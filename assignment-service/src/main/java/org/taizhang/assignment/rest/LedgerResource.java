package org.taizhang.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.assignment.ledger.Ledger;
import org.taizhang.assignment.ledger.LedgerXlsxWriter;
import org.taizhang.assignment.service.LedgerService;
import org.taizhang.assignment.service.UnitService;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.security.Caller;

/** A unit's ledger (台账) for a year, as JSON or as the workbook the unit files. */
@Path("/api/units/{id}/ledger")
@Tag(name = "Ledger", description = "Each unit's ledger of assignments (台账)")
public class LedgerResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String EXAMPLE = "{\"unitId\":\"341800-fgw\",\"unitName\":\"宣城市发展和改革委员会\",\"year\":2026,"
            + "\"byStatus\":{\"NOT_STARTED\":3,\"IN_PROGRESS\":5,\"COMPLETED\":9,\"ONGOING\":4},"
            + "\"byLight\":{\"GREEN\":17,\"YELLOW\":3,\"RED\":1},\"overdue\":1,\"rows\":[{\"taskNumber\":\"4\","
            + "\"taskTitle\":\"加强市场规则标准公开\",\"role\":\"LEAD\",\"status\":\"COMPLETED\",\"light\":\"GREEN\"}]}";

    private final LedgerService ledgers;
    private final UnitService units;
    private final AssignmentConfig config;
    private final Caller caller;

    public LedgerResource(LedgerService ledgers, UnitService units, AssignmentConfig config, Caller caller) {
        this.ledgers = ledgers;
        this.units = units;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    @Operation(
            summary = "A unit's ledger",
            description = "Every assignment of the unit in the year's plans with task text, role, due date, status,"
                    + " light and last report. JSON, or .xlsx by Accept header or format=xlsx.")
    @APIResponse(
            responseCode = "200",
            description = "The ledger",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Ledger.class),
                        examples = @ExampleObject(name = "ledger", value = EXAMPLE)),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "403", description = "Another unit's ledger, or a unit outside the caller's region")
    @APIResponse(responseCode = "404", description = "No such unit")
    public Response ledger(
            @Parameter(description = "The unit's directory id, e.g. 341800-fgw") @PathParam("id") String id,
            @Parameter(description = "The plan year, 2000–2100; the current year by default")
                    @QueryParam("year")
                    @Min(2000)
                    @Max(2100)
                    Integer year,
            @Parameter(description = "json or xlsx; by Accept when left out, JSON when neither says")
                    @QueryParam("format")
                    String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Unit unit = units.get(id);
        AssignmentScope.requireReadable(unit.id, unit.regionCode, caller);
        Ledger ledger =
                ledgers.ledger(unit, year == null ? config.lightRules().today().getYear() : year);
        if (!wantsXlsx(format, accept)) {
            return Response.ok(ledger, MediaType.APPLICATION_JSON).build();
        }
        String name = ledger.year() + "-" + unit.id + "-ledger.xlsx";
        return Response.ok(new LedgerXlsxWriter(config.zone()).write(ledger), XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(
                                                unit.name + "-" + ledger.year() + "年台账.xlsx", StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }

    private static boolean wantsXlsx(String format, String accept) {
        if (format != null && !format.isBlank()) {
            if (!format.trim().equalsIgnoreCase("xlsx") && !format.trim().equalsIgnoreCase("json")) {
                throw new ProblemException(Response.Status.BAD_REQUEST, "format must be json or xlsx");
            }
            return format.trim().equalsIgnoreCase("xlsx");
        }
        return accept != null && accept.contains(XLSX) && !accept.contains(MediaType.APPLICATION_JSON);
    }
}
