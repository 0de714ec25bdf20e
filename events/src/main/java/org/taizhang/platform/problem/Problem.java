package org.taizhang.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.StatusType status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** One invalid field of a request, named by its path (e.g. {@code reports[3].status}). */
    public record Violation(String field, String message) {}
}
