package org.taizhang.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.platform.tracing.TraceContext;

/** An RFC 9457 problem detail, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An RFC 9457 problem detail (application/problem+json), the body of every error answer")
public record Problem(
        @Schema(description = "A URI naming the kind of problem; always about:blank, so title and status say it")
        String type,

        @Schema(description = "The HTTP reason phrase of the status, e.g. Unprocessable Entity")
        String title,

        @Schema(description = "The HTTP status code, repeated from the answer")
        int status,

        @Schema(description = "What was wrong with this request, in plain words")
        String detail,

        @Schema(description = "The path of the request that failed, e.g. /api/plans/42")
        String instance,

        @Schema(description = "Each rejected field with its reason; present only when fields were rejected")
        List<Violation> errors,

        @Schema(
                description = "The W3C trace id of the request (32 hex digits), as the services' logs and traces name"
                        + " it; absent outside a trace")
        String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of the current request, naming its trace. */
    public Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {
        this(type, title, status, detail, instance, errors, TraceContext.currentTraceId());
    }

    public static Problem of(Response.StatusType status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }

    /** One invalid field of a request, named by its path (e.g. {@code reports[3].status}). */
    @Schema(description = "One rejected field of a request")
    public record Violation(
            @Schema(description = "The field's path in the request, e.g. reports[3].status or beforeDays")
            String field,

            @Schema(description = "Why it was rejected") String message) {}
}
