package org.taizhang.platform.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Refuses a request whose declared body is too large before it is read, with a problem detail a client can show,
 * rather than the bare 413 and closed connection of the HTTP layer.
 */
@ApplicationScoped
public class RequestSizeFilter {

    private static final int FIRST = Integer.MIN_VALUE;

    void register(@Observes Router router, HttpLimits limits) {
        long max = limits.maxRequestSize().asLongValue();
        router.route().order(FIRST).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && tooLarge(declared, max)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(String.format(
                                Locale.ROOT,
                                "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                                        + "\"detail\":\"The request body is larger than %d MB\",\"instance\":\"%s\"}",
                                max / (1024 * 1024),
                                context.request().path().replace("\"", "")));
                return;
            }
            context.next();
        });
    }

    private static boolean tooLarge(String declared, long max) {
        try {
            return Long.parseLong(declared.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
