package org.taizhang.plan.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.taizhang.plan.parse.ImportRejectedException;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.UnprocessableStatus;

/** A document that cannot be imported: 422 with the importer's message for the clerk. */
public class ImportRejectedMapper {

    @ServerExceptionMapper
    public Response rejected(ImportRejectedException e, UriInfo uri) {
        return Problem.of(
                        UnprocessableStatus.INSTANCE,
                        e.getMessage(),
                        uri.getRequestUri().getRawPath())
                .toResponse();
    }
}
