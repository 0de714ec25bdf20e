package org.taizhang.plan;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.platform.problem.ProblemException;

/** Test only: one endpoint per kind of failure, to prove how the shared mappers answer each. */
@Path("/test/problems")
public class ProblemProbeResource {

    /** A request body with rules, as the services' commands have. */
    @Schema(description = "Test only: a body with rules, as the services' commands have")
    public record Sample(
            @Schema(description = "A required text") @NotBlank
            String name,

            @Schema(description = "A whole number, at least 1") @Min(1)
            int count,

            @Schema(description = "An enumerated value: FIXED or ONGOING")
            Kind kind,

            @Schema(description = "A list of whole numbers") List<Integer> sizes) {}

    /** An enumerated field, as statuses and roles are. */
    public enum Kind {
        FIXED,
        ONGOING
    }

    @POST
    @Path("/validated")
    @RolesAllowed("office")
    public Sample validated(@Valid Sample sample) {
        return sample;
    }

    @GET
    @Path("/office-only")
    @RolesAllowed("office")
    public String officeOnly() {
        return "ok";
    }

    @GET
    @Path("/conflict")
    @PermitAll
    public String conflict() {
        throw new ProblemException(Response.Status.CONFLICT, "Plan 7 is already published");
    }

    @GET
    @Path("/boom")
    @PermitAll
    public String boom() {
        throw new IllegalStateException("secret internals at com.example.Internal");
    }
}
