package org.taizhang.console.security;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Pages load scripts, styles and images from the console alone (government intranets reach no CDN, and nothing
 * injected into a page can load or run anything else), are never framed, and are never cached by a shared cache.
 */
@ApplicationScoped
public class ConsoleHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private static final int FIRST = Integer.MIN_VALUE;

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(context -> {
            boolean asset = context.request().path().startsWith("/static/");
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "same-origin");
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                if (!asset) {
                    headers.set("Cache-Control", "no-store");
                }
            });
            context.next();
        });
    }
}
