package org.taizhang.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/** A single-node KRaft Kafka broker inside the test JVM, configured for transactions and quick consumer groups. */
public final class InProcessKafka {

    private static InProcessKafka shared;

    private final KafkaClusterTestKit cluster;

    private InProcessKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** The one broker of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized InProcessKafka shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "in-process-kafka-stop"));
        }
        return shared;
    }

    public static InProcessKafka start() {
        // At JVM exit the kit's temp-dir hooks race the broker's shutdown; a broker that then loses its log dir
        // would halt the JVM with status 1 after every test passed. Kafka's exit hooks exist for tests like this.
        Exit.setHaltProcedure((status, message) -> {});
        Exit.setExitProcedure((status, message) -> {});
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "4")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("transaction.state.log.num.partitions", "4")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new InProcessKafka(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the in-process Kafka broker: " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    public void stop() {
        try {
            cluster.close();
        } catch (Exception e) {
            // Stopping at JVM exit: nothing left to clean that the temp directory does not hold.
        }
    }
}
