package org.taizhang.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** Polls made by hand, for calling a batch consumer directly: the test decides what one poll holds. */
public final class Polls {

    private static final AtomicLong OFFSETS = new AtomicLong();

    private Polls() {}

    /** The records as one poll of partition 0 of their topic, at fresh offsets, in the order given. */
    public static ConsumerRecords<String, String> of(List<ProducerRecord<String, String>> records) {
        if (records.isEmpty()) {
            return ConsumerRecords.empty();
        }
        List<ConsumerRecord<String, String>> polled = new ArrayList<>();
        for (ProducerRecord<String, String> record : records) {
            polled.add(new ConsumerRecord<>(
                    record.topic(),
                    0,
                    OFFSETS.getAndIncrement(),
                    System.currentTimeMillis(),
                    TimestampType.CREATE_TIME,
                    -1,
                    -1,
                    record.key(),
                    record.value(),
                    new RecordHeaders(record.headers().toArray()),
                    Optional.empty()));
        }
        return new ConsumerRecords<>(Map.of(new TopicPartition(records.get(0).topic(), 0), polled), Map.of());
    }

    /** The records in polls of at most {@code size}, in order. */
    public static List<ConsumerRecords<String, String>> inPollsOf(
            int size, List<ProducerRecord<String, String>> records) {
        List<ConsumerRecords<String, String>> polls = new ArrayList<>();
        for (int from = 0; from < records.size(); from += size) {
            polls.add(of(records.subList(from, Math.min(records.size(), from + size))));
        }
        return polls;
    }
}
