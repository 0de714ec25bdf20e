package org.taizhang.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Makes the service trust {@link TestTokens}: their public key and issuer, with no OIDC server to call. */
public class TokenTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.public-key", TestTokens.publicKey(), "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // Nothing runs.
    }
}
