package org.taizhang.platform.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Requires a token for every write to {@code /api/} before the request is matched to a resource, so that an anonymous
 * caller gets 401 rather than a 415 or 405 that reveals the endpoint and its media types; reads stay as their resources
 * allow (some are anonymous).
 */
public class AuthenticatedWrites {

    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final CurrentIdentityAssociation identities;

    public AuthenticatedWrites(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** A failed or missing authentication becomes the usual 401 problem through the exception mappers. */
    @ServerRequestFilter(preMatching = true)
    public Uni<Void> requireToken(ContainerRequestContext request) {
        if (READS.contains(request.getMethod()) || !isApi(request.getUriInfo().getPath())) {
            return null;
        }
        return identities
                .getDeferredIdentity()
                .invoke(identity -> {
                    if (identity.isAnonymous()) {
                        throw new UnauthorizedException("A write needs a bearer token");
                    }
                })
                .replaceWithVoid();
    }

    private static boolean isApi(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals("api") || relative.startsWith("api/");
    }
}
