package org.taizhang.console.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** Passes a service's file answer on to the browser as a download, with the service's type and file name. */
final class Downloads {

    private Downloads() {}

    static Response passOn(Response upstream) {
        if (upstream.getStatus() >= 400) {
            throw new WebApplicationException(upstream);
        }
        Response.ResponseBuilder answer = Response.ok(upstream.readEntity(InputStream.class))
                .type(upstream.getMediaType())
                .header("X-Content-Type-Options", "nosniff");
        String disposition = upstream.getHeaderString("Content-Disposition");
        // A file never opens inside the console's origin: it is always a download.
        answer.header(
                "Content-Disposition",
                disposition == null ? "attachment" : disposition.replaceFirst("(?i)^\\s*inline", "attachment"));
        String length = upstream.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            answer.header(HttpHeaders.CONTENT_LENGTH, length);
        }
        return answer.build();
    }
}
