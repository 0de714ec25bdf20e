package org.taizhang.console;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.taizhang.testsupport.TokenTestResource;

/** What every console test runs against: stand-in services on loopback and the test token keys. */
@WithTestResource(value = UpstreamServices.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
final class TestInfrastructure {

    private TestInfrastructure() {}
}
