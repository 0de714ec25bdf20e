package org.taizhang.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.taizhang.platform.persistence.TransientFailures;

/** Turns every failure of a request into {@code application/problem+json}; a 500 never carries a stack trace. */
public class ProblemMappers {

    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        Response.StatusType status = e.status();
        return new Problem(
                        "about:blank",
                        status.getReasonPhrase(),
                        status.getStatusCode(),
                        e.getMessage(),
                        path(uri),
                        e.errors())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable, uri);
        }
        // a query parameter converter's refusal, which JAX-RS wraps in a 404
        if (e.getCause() instanceof ProblemException refused) {
            return domain(refused, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return internal(e, uri);
        }
        return Problem.of(status, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return new Problem(
                        "about:blank",
                        "Bad Request",
                        400,
                        "The request is not valid: " + errors.size() + " field(s) rejected",
                        path(uri),
                        errors)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        // Jackson's own message names the service's classes: say it in the client's terms.
        return Problem.of(Response.Status.BAD_REQUEST, "Malformed JSON: " + JsonMessages.describe(e), path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(
                        Problem.of(Response.Status.UNAUTHORIZED, "A valid bearer token is required", path(uri))
                                .toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this request", path(uri))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            return unavailable(e, uri);
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Incident %s on %s", incident, path(uri));
        return Problem.of(
                        Response.Status.INTERNAL_SERVER_ERROR,
                        "An unexpected error occurred; quote incident " + incident,
                        path(uri))
                .toResponse();
    }

    /** The database is restarting or out of connections: the caller may send the same request again shortly. */
    private static Response unavailable(Throwable e, UriInfo uri) {
        Log.warnf("Database unreachable on %s: %s", path(uri), e);
        return Response.fromResponse(Problem.of(
                                Response.Status.SERVICE_UNAVAILABLE,
                                "The database is unreachable for a moment; send the request again shortly",
                                path(uri))
                        .toResponse())
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /**
     * Drops the method and parameter part of a bean-validation path (e.g. {@code report.arg0.status}), and the method
     * part of a query or path parameter's (e.g. {@code list.page}).
     */
    private static String field(String propertyPath) {
        String[] parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
