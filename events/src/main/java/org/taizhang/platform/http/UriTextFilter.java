package org.taizhang.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.taizhang.platform.problem.Problem;

/**
 * Refuses, with a 400 problem, a request whose path or query decodes to control characters, malformed escapes or
 * bytes that are not UTF-8, before any endpoint reads it: one check for every path and query parameter of the
 * service, so that no such value reaches a query, a log line or a page.
 */
@ApplicationScoped
public class UriTextFilter {

    private static final int FIRST = Integer.MIN_VALUE;

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(context -> {
            HttpServerRequest request = context.request();
            Optional<String> defect = UriText.defect(request.path())
                    .map(d -> "The path contains " + d)
                    .or(() -> UriText.defect(request.query()).map(d -> "The query contains " + d));
            if (defect.isPresent()) {
                Problem problem = Problem.of(Response.Status.BAD_REQUEST, defect.get(), null);
                context.response()
                        .setStatusCode(400)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(Json.encode(problem));
                return;
            }
            context.next();
        });
    }
}
