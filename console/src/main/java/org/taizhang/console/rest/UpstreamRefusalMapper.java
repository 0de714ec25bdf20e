package org.taizhang.console.rest;

import io.quarkus.logging.Log;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.taizhang.console.view.Problems;

/** A service's refusal, or a service out of reach, becomes an error page with the service's words. */
public class UpstreamRefusalMapper {

    @ServerExceptionMapper
    public Response refused(WebApplicationException refusal) {
        int status = refusal.getResponse().getStatus();
        List<String> messages = Problems.messages(refusal);
        return page(status, messages);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException failure) {
        Log.warnf("A service could not be reached: %s", failure.getMessage());
        return page(503, List.of(Problems.plain(503)));
    }

    private static Response page(int status, List<String> messages) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.error(status, messages))
                .build();
    }
}
