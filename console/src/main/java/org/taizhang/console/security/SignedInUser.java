package org.taizhang.console.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is signed in, for the console's navigation only: their roles, unit and region as the access token names them.
 * What they may read or change is decided by the services, which receive the same token.
 */
@RequestScoped
@Named("user")
public class SignedInUser {

    public static final String OFFICE = "office";
    public static final String UNIT = "unit";
    public static final String INTEGRATION = "integration";
    public static final String AUDITOR = "auditor";

    private final SecurityIdentity identity;
    private final JsonNode claims;

    public SignedInUser(SecurityIdentity identity, ObjectMapper json) {
        this.identity = identity;
        this.claims = claimsOf(identity, json);
    }

    public String name() {
        return text("preferred_username").orElse(identity.getPrincipal().getName());
    }

    public boolean office() {
        return identity.hasRole(OFFICE);
    }

    public boolean unit() {
        return identity.hasRole(UNIT);
    }

    public boolean integration() {
        return identity.hasRole(INTEGRATION);
    }

    public boolean auditor() {
        return identity.hasRole(AUDITOR);
    }

    /** Office and auditors see plans and every unit's work; the office alone changes them. */
    public boolean seesPlans() {
        return office() || auditor();
    }

    public Optional<String> unitId() {
        return text("unit_id");
    }

    public Optional<String> region() {
        return text("region");
    }

    /** The page a user starts on: the office's plans, a unit's assignments, a county's region. */
    public String home() {
        if (seesPlans()) {
            return "/plans";
        }
        if (unit()) {
            return "/my/assignments";
        }
        return integration() ? "/county" : "/signed-out";
    }

    private Optional<String> text(String claim) {
        JsonNode value = claims.get(claim);
        return value == null || !value.isTextual() || value.asText().isBlank()
                ? Optional.empty()
                : Optional.of(value.asText());
    }

    private static JsonNode claimsOf(SecurityIdentity identity, ObjectMapper json) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null || token.getToken() == null) {
            return json.createObjectNode();
        }
        String[] parts = token.getToken().split("\\.");
        if (parts.length < 2) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return json.createObjectNode();
        }
    }
}
