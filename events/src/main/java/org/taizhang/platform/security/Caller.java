package org.taizhang.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the token's subject, realm roles, and the unit or region a unit user or county system is bound to. */
@RequestScoped
public class Caller {

    public static final String OFFICE = "office";
    public static final String UNIT = "unit";
    public static final String INTEGRATION = "integration";
    public static final String AUDITOR = "auditor";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean anonymous() {
        return identity.isAnonymous();
    }

    /** The token subject, recorded on every change; "anonymous" for unauthenticated reads. */
    public String subject() {
        if (anonymous()) {
            return "anonymous";
        }
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The {@code unit_id} claim of a unit user. */
    public Optional<String> unitId() {
        return claim("unit_id");
    }

    /** The {@code region} claim (administrative division code) of a county system. */
    public Optional<String> region() {
        return claim("region");
    }

    private Optional<String> claim(String name) {
        if (anonymous()) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        return Optional.ofNullable(value).map(Object::toString).map(v -> v.replaceAll("^\"|\"$", ""));
    }
}
