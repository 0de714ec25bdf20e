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
    public record CallerView(String subject, Set<String> roles, String unitId, String region) {
        static CallerView from(Caller caller) {
            return new CallerView(
                    caller.subject(),
                    new TreeSet<>(caller.roles()),
                    caller.unitId().orElse(null),
                    caller.region().orElse(null));
        }
    }
}
