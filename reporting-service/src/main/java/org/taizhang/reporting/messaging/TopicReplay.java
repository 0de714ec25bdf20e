package org.taizhang.reporting.messaging;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from their beginning to their end as it stands when the replay starts, committed records only, with
 * a plain consumer of its own: assigned partitions and no group, so the live channels' offsets are never touched.
 * Records of one partition come in order, which is all the read model needs (events of one aggregate share a key).
 */
@ApplicationScoped
public class TopicReplay {

    private final Map<String, Object> kafka;

    public TopicReplay(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    /** Hands every record to the handler; answers how many records each topic held. */
    public Map<String, Integer> replay(
            List<String> topics,
            Duration pollTimeout,
            Instant deadline,
            Consumer<ConsumerRecord<String, String>> each) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        topics.forEach(t -> counts.put(t, 0));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            topics.forEach(t -> consumer.partitionsFor(t)
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition()))));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<TopicPartition> open = new ArrayList<>(partitions);
            open.removeIf(p -> consumer.position(p) >= end.get(p));
            while (!open.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Replay did not reach the end of " + open + " in time");
                }
                consumer.poll(pollTimeout).forEach(record -> {
                    counts.merge(record.topic(), 1, Integer::sum);
                    each.accept(record);
                });
                open.removeIf(p -> consumer.position(p) >= end.get(p));
            }
        }
        return counts;
    }

    private Map<String, Object> properties() {
        Map<String, Object> props = new HashMap<>(kafka);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-service-replay-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }
}
