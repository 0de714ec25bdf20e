package org.taizhang.reminder;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.taizhang.testsupport.KafkaTestResource;
import org.taizhang.testsupport.PostgresTestResource;
import org.taizhang.testsupport.TokenTestResource;

/** What every test of this service runs against: throwaway PostgreSQL, in-process Kafka, test token keys, GreenMail SMTP,
 * a WireMock stand-in of the robots and the SMS provider. */
@WithTestResource(
        value = PostgresTestResource.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "reminder_service"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TokenTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = GreenMailTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ProviderStandIn.class, scope = TestResourceScope.GLOBAL)
final class TestInfrastructure {

    private TestInfrastructure() {}
}
