package org.taizhang.platform.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Tells a caller how the service sees their token: a first check for an integrator wiring up a county system. */
@Path("/api/me")
@Tag(name = "Caller", description = "How this service sees the bearer token")
public class CallerResource {

    private final Caller caller;

    public CallerResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.OFFICE, Caller.AUDITOR, Caller.UNIT, Caller.INTEGRATION})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's subject, roles, unit and region")
    @APIResponse(
            responseCode = "200",
            description = "The caller as this service sees them",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CallerView.class),
                            examples =
                                    @ExampleObject(
                                            name = "county system",
                                            value = "{\"subject\":\"service-account-county-341821\","
                                                    + "\"roles\":[\"integration\"],\"unitId\":null,"
                                                    + "\"region\":\"341821\"}")))
    @APIResponse(responseCode = "401", description = "No valid bearer token, or one issued for another application")
    @APIResponse(
            responseCode = "403",
            description = "A Taizhang token without any of the roles office, unit, integration, auditor")
    public CallerView me() {
        return CallerView.from(caller);
    }

    /** The caller as JSON. */
    @Schema(description = "The caller as this service reads their bearer token")
    public record CallerView(
            @Schema(description = "The token's subject (sub): the account id, service-account-<client> for a system")
            String subject,

            @Schema(
                    description = "The token's realm roles; office, unit,"
                            + " integration and auditor are the ones Taizhang acts on")
            Set<String> roles,

            @Schema(description = "The unit_id claim: the directory id of a unit's staff; null for other callers")
            String unitId,

            @Schema(
                    description = "The region claim: a county system's 6-digit"
                            + " administrative division code, e.g. 341821; null for other callers")
            String region) {
        static CallerView from(Caller caller) {
            return new CallerView(
                    caller.subject(),
                    new TreeSet<>(caller.roles()),
                    caller.unitId().orElse(null),
                    caller.region().orElse(null));
        }
    }
}
