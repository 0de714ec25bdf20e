package org.taizhang.reminder.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.tracing.TraceContext;
import org.taizhang.reminder.service.UrgeCooldownException;

/** Answers an urge inside the cool-down with 429, Retry-After and, in the problem, when it may be urged again. */
public class UrgeCooldownMapper {

    @ServerExceptionMapper
    public Response tooSoon(UrgeCooldownException e, UriInfo uri) {
        Response.StatusType status = e.status();
        UrgeCooldownProblem problem = new UrgeCooldownProblem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                e.getMessage(),
                uri == null ? null : uri.getRequestUri().getRawPath(),
                e.urgeableAt(),
                TraceContext.currentTraceId());
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(problem)
                .build();
    }
}
