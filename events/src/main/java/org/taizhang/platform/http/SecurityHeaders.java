package org.taizhang.platform.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Tells browsers to run no script, load nothing from elsewhere, never frame a page and never guess a content type,
 * on every answer of the application port: the dashboard is server-rendered HTML with inline styles only, and the
 * JSON and files the API serves need nothing at all. {@code /q/} (Swagger UI in dev and test) is left alone; in
 * production it is on the management port, which this router does not serve.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Inline styles and the dashboard's inline SVG and data: icon; no script-src, so no script runs at all. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final int FIRST = Integer.MIN_VALUE;

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(context -> {
            boolean tooling = context.request().path().startsWith("/q/");
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                if (!tooling) {
                    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                }
            });
            context.next();
        });
    }
}
