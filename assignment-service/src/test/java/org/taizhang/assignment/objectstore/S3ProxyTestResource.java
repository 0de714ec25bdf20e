package org.taizhang.assignment.objectstore;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the service's evidence store at a real S3-compatible server, S3Proxy, for the tests that ask for it. */
public class S3ProxyTestResource implements QuarkusTestResourceLifecycleManager {

    private S3ProxyServer server;

    @Override
    public Map<String, String> start() {
        server = S3ProxyServer.start();
        return Map.of(
                "taizhang.evidence.store",
                "s3",
                "taizhang.evidence.s3.endpoint",
                server.endpoint().toString(),
                "taizhang.evidence.s3.bucket",
                S3ProxyServer.BUCKET,
                "taizhang.evidence.s3.access-key",
                S3ProxyServer.ACCESS_KEY,
                "taizhang.evidence.s3.secret-key",
                S3ProxyServer.SECRET_KEY,
                "taizhang.evidence.s3.path-style",
                "true");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
