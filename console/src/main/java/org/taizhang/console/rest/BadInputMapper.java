package org.taizhang.console.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.taizhang.console.view.BadInputException;

/** An address or form the console refuses is a 400 page saying which field and why. */
public class BadInputMapper {

    @ServerExceptionMapper
    public Response refuse(BadInputException refusal) {
        return Response.status(400)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.error(400, List.of(refusal.getMessage())))
                .build();
    }
}
