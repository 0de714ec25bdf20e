package org.taizhang.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the service's Kafka clients at the JVM's in-process broker. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", InProcessKafka.shared().bootstrapServers());
    }

    @Override
    public void stop() {
        // The broker outlives a single application start; it stops with the JVM.
    }
}
