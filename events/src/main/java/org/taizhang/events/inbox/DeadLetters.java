package org.taizhang.events.inbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.taizhang.platform.persistence.TransientRetry;

/**
 * Parks a record this service cannot apply on {@code <topic>.dlq.<service>}, with the original key, value and headers
 * and the reason in {@code dead-letter-*} headers, as SmallRye's dead-letter strategy does. Parking waits for Kafka:
 * the record is acknowledged only after it is safely parked.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final String service;
    private final TransientRetry retry;
    private Producer<String, String> producer;

    public DeadLetters(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.bootstrapServers = bootstrapServers;
        this.service = service;
        this.retry = new TransientRetry(
                Duration.ofMillis(500),
                Duration.ofSeconds(10),
                d -> Thread.sleep(d.toMillis()),
                KafkaUnavailable.class::isInstance);
    }

    /** The dead-letter topic of this service for records of {@code topic}. */
    public String topicFor(String topic) {
        return topic + ".dlq." + service;
    }

    /** Sends the record to its dead-letter topic, trying again while Kafka does not take it. */
    public void park(ConsumerRecord<String, String> record, Throwable reason) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(
                topicFor(record.topic()), null, record.key(), record.value(), headers(record, reason));
        retry.run("parking " + record.topic() + "-" + record.partition() + "@" + record.offset(), () -> send(letter));
    }

    private void send(ProducerRecord<String, String> letter) {
        try {
            producer().send(letter).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while parking a record on " + letter.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnavailable(letter.topic(), e);
        }
    }

    private static Headers headers(ConsumerRecord<String, String> record, Throwable reason) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        put(headers, "dead-letter-reason", String.valueOf(reason.getMessage()));
        if (reason.getCause() != null) {
            put(headers, "dead-letter-cause", String.valueOf(reason.getCause().getMessage()));
        }
        put(headers, "dead-letter-topic", record.topic());
        put(headers, "dead-letter-partition", String.valueOf(record.partition()));
        put(headers, "dead-letter-offset", String.valueOf(record.offset()));
        return headers;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    /** Kafka did not acknowledge a dead letter in time; parking tries again. */
    private static final class KafkaUnavailable extends RuntimeException {
        KafkaUnavailable(String topic, Exception cause) {
            super("Kafka did not take a dead letter for " + topic + ": " + cause.getMessage(), cause);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
