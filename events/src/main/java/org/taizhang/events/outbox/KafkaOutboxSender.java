package org.taizhang.events.outbox;

import io.opentelemetry.api.trace.Span;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.EventEnvelope;
import org.taizhang.platform.tracing.MessagingSpans;

/**
 * Sends one outbox batch as one Kafka transaction: consumers reading committed records see all of it or none of it,
 * so a failed batch that is sent again can never put a later event of a key before an earlier one. Each slot has its
 * own transactional id, the same on every replica: the replica that takes a slot over fences the one that held it, so
 * a replica that lost its slot (its database session gone) cannot commit a batch behind the new holder's.
 */
@ApplicationScoped
public class KafkaOutboxSender {

    /** The producer's batch size, records of up to this many bytes together per partition. */
    static final int BATCH_BYTES = 64 * 1024;

    private final Map<Integer, Producer<String, String>> producers = new ConcurrentHashMap<>();
    private final String bootstrapServers;
    private final OutboxConfig config;
    private final MessagingSpans spans;

    @Inject
    public KafkaOutboxSender(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            OutboxConfig config,
            MessagingSpans spans) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
        this.spans = spans;
    }

    /** A sender whose records carry no trace, for plumbing built without CDI. */
    public KafkaOutboxSender(String bootstrapServers, OutboxConfig config) {
        this(bootstrapServers, config, MessagingSpans.noop());
    }

    /** Sends the batch atomically, or throws with nothing visible to read-committed consumers. */
    public void send(int slot, List<EventEnvelope> batch) {
        send(slot, batch, Collections.nCopies(batch.size(), null));
    }

    /**
     * {@link #send} of outbox rows, {@code traceParents} the trace that wrote each (null for none): each record goes in
     * a PRODUCER span of it, named on the record by its {@code traceparent} header; the spans end when the Kafka
     * transaction does.
     */
    public void send(int slot, List<EventEnvelope> batch, List<String> traceParents) {
        Producer<String, String> producer = producers.computeIfAbsent(slot, this::newProducer);
        List<Span> sent = new ArrayList<>(batch.size());
        try {
            producer.beginTransaction();
            for (int i = 0; i < batch.size(); i++) {
                ProducerRecord<String, String> record = CloudEventHeaders.toRecord(batch.get(i));
                sent.add(spans.startProducer(record.topic(), traceParents.get(i), record.headers()));
                producer.send(record);
            }
            producer.commitTransaction();
        } catch (RuntimeException e) {
            sent.forEach(span -> MessagingSpans.failed(span, e));
            // A fresh producer with the same transactional id aborts whatever this one left open.
            discard(slot);
            throw e;
        } finally {
            sent.forEach(Span::end);
        }
    }

    /** Whether a send failed because a newer producer with the same transactional id (another replica's) fenced ours. */
    public static boolean fenced(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException) {
                return true;
            }
        }
        return false;
    }

    private Producer<String, String> newProducer(int slot) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.transactionalIdPrefix() + "-" + slot);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        // One request in flight keeps a retried batch from landing behind the batches sent after it.
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(config.maxRecordBytes()));
        // Never above the record limit: a broker that refuses a batch of several records makes the producer split it
        // into batches of this size, so a batch size above the broker's limit is split and refused again forever.
        // Each partition in flight takes a buffer of this size, and the producer keeps freed ones for good: at 256 KB
        // they were 4.5 MB of assignment-service's heap after the progress load (bench/README "Footprint"). A larger
        // record, as a fan-out's AssignmentsCreated, gets a buffer of its own size.
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(Math.min(BATCH_BYTES, config.maxRecordBytes())));
        // The buffer must hold the largest record the relay may send, or the producer refuses it before sending.
        long buffer = Math.max(8L * 1024 * 1024, config.maxRecordBytes() + 1024L * 1024);
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(buffer));
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, config.compression());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        KafkaProducer<String, String> producer = new KafkaProducer<>(props);
        try {
            producer.initTransactions();
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
        return producer;
    }

    private void discard(int slot) {
        Producer<String, String> producer = producers.remove(slot);
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                Log.debugf(e, "Closing the outbox producer of slot %d", slot);
            }
        }
    }

    @PreDestroy
    void close() {
        producers.keySet().forEach(this::discard);
    }
}
