package org.taizhang.console.security;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Set;

/**
 * Refuses a form post that another site's page sent (cross-site request forgery): a change must come with an
 * Origin, or failing that a Referer, naming the console's own host. Browsers send one of them on every post.
 */
@ApplicationScoped
public class OriginCheck {

    private static final Set<HttpMethod> CHANGES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final int BEFORE_AUTHENTICATION = Integer.MIN_VALUE + 1;

    void register(@Observes Router router) {
        router.route().order(BEFORE_AUTHENTICATION).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (!CHANGES.contains(context.request().method()) || sameSite(context)) {
            context.next();
            return;
        }
        context.response()
                .setStatusCode(403)
                .putHeader("Content-Type", "text/plain; charset=UTF-8")
                .end("表单来自其他网站，已拒绝。请从台账控制台的页面提交。");
    }

    static boolean sameSite(RoutingContext context) {
        String host = context.request().getHeader("Host");
        String origin = context.request().getHeader("Origin");
        String from = origin != null && !origin.equals("null")
                ? origin
                : context.request().getHeader("Referer");
        return host != null && from != null && host.equalsIgnoreCase(authority(from));
    }

    static String authority(String url) {
        try {
            return URI.create(url).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
