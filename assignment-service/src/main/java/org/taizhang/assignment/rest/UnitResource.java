package org.taizhang.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.assignment.service.UnitPage;
import org.taizhang.assignment.service.UnitQuery;
import org.taizhang.assignment.service.UnitService;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.rest.PageView;
import org.taizhang.platform.rest.Paging;
import org.taizhang.platform.security.Caller;

/** The unit directory: read by every signed-in caller, maintained by the office. */
@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "The unit directory (单位名录)")
public class UnitResource {

    private final UnitService units;
    private final Caller caller;

    public UnitResource(UnitService units, Caller caller) {
        this.units = units;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(summary = "List units", description = "regionCode includes every unit inside the region")
    @APIResponse(
            responseCode = "200",
            description = "A page of units",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = PageView.class,
                                            properties =
                                                    @SchemaProperty(
                                                            name = "items",
                                                            type = SchemaType.ARRAY,
                                                            implementation = UnitView.class,
                                                            description = "The units of this page")),
                            examples = @ExampleObject(name = "page", value = UnitExamples.UNIT_PAGE)))
    public PageView<UnitView> list(
            @Parameter(
                            description =
                                    "The region: an administrative division" + " code, 6 digits (e.g. 341821), 9 or 12"
                                            + " for a town; the units inside it count")
                    @QueryParam("regionCode")
                    String regionCode,
            @Parameter(description = "Only units of this kind") @QueryParam("kind") UnitKind kind,
            @Parameter(description = "Only units of this level") @QueryParam("level") UnitLevel level,
            @Parameter(description = "Text the name or an alias contains") @QueryParam("q") String text,
            @Parameter(description = "The page number, from 0 (at most 4294967)")
                    @QueryParam("page")
                    @DefaultValue("0")
                    @Min(0)
                    @Max(Paging.MAX_PAGE)
                    int page,
            @Parameter(description = "Units per page, 1–500; 50 by default")
                    @QueryParam("size")
                    @DefaultValue("50")
                    @Min(1)
                    @Max(Paging.MAX_SIZE)
                    int size) {
        UnitPage found = units.list(new UnitQuery(regionCode, kind, level, text, page, size));
        return new PageView<>(
                found.units().stream().map(UnitView::from).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/resolve")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(
            summary = "What a name means in a region",
            description = "Through aliases and normalisation (full/half width, spaces, 市/县/区 prefixes, standard"
                    + " abbreviations such as 发改委 = 发展和改革委员会)")
    @APIResponse(
            responseCode = "200",
            description = "FOUND, AMBIGUOUS with candidates, or UNKNOWN",
            content =
                    @Content(
                            schema = @Schema(implementation = ResolutionView.class),
                            examples = @ExampleObject(name = "found", value = UnitExamples.RESOLVED)))
    public ResolutionView resolve(
            @Parameter(description = "The unit name as written, e.g. 市发改委") @QueryParam("name") @NotBlank String name,
            @Parameter(
                            description =
                                    "The region: an administrative division" + " code, 6 digits (e.g. 341821), 9 or 12"
                                            + " for a town; the units inside it count")
                    @QueryParam("regionCode")
                    @NotBlank
                    String regionCode) {
        return ResolutionView.from(name, units.resolve(name, regionCode));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Operation(summary = "One unit")
    @APIResponse(
            responseCode = "200",
            description = "The unit",
            content =
                    @Content(
                            schema = @Schema(implementation = UnitView.class),
                            examples = @ExampleObject(name = "unit", value = UnitExamples.UNIT)))
    @APIResponse(
            responseCode = "404",
            description = "Not in the directory",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = UnitExamples.NOT_FOUND)))
    public UnitView get(
            @Parameter(description = "The unit's directory id, e.g. 341800-fgw") @PathParam("id") String id) {
        return UnitView.from(units.get(id));
    }

    @POST
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Add a unit")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = UnitRequest.class),
                            examples = @ExampleObject(name = "unit", value = UnitExamples.UNIT_REQUEST)))
    @APIResponse(
            responseCode = "201",
            description = "The unit",
            content =
                    @Content(
                            schema = @Schema(implementation = UnitView.class),
                            examples = @ExampleObject(name = "unit", value = UnitExamples.UNIT)))
    @APIResponse(
            responseCode = "409",
            description = "Id or name taken, or parent unknown",
            content =
                    @Content(
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "conflict", value = UnitExamples.CONFLICT)))
    public Response create(@Valid @NotNull UnitRequest request) {
        String id = request.id() == null || request.id().isBlank()
                ? request.regionCode() + "-" + UUID.randomUUID().toString().substring(0, 8)
                : request.id().trim();
        Unit unit = units.create(id, request.toDetails(), caller.subject());
        return Response.created(URI.create("/api/units/" + unit.id))
                .entity(UnitView.from(unit))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Edit a unit")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = UnitRequest.class),
                            examples = @ExampleObject(name = "unit", value = UnitExamples.UNIT_REQUEST)))
    @APIResponse(
            responseCode = "200",
            description = "The unit",
            content =
                    @Content(
                            schema = @Schema(implementation = UnitView.class),
                            examples = @ExampleObject(name = "unit", value = UnitExamples.UNIT)))
    @APIResponse(responseCode = "409", description = "Name taken, or parent unknown")
    public UnitView update(
            @Parameter(description = "The unit's directory id, e.g. 341800-fgw") @PathParam("id") String id,
            @Valid @NotNull UnitRequest request) {
        return UnitView.from(units.update(id, request.toDetails(), caller.subject()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Caller.OFFICE)
    @Operation(summary = "Remove a unit")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Units still under it")
    public void delete(
            @Parameter(description = "The unit's directory id, e.g. 341800-fgw") @PathParam("id") String id) {
        units.delete(id);
    }
}
