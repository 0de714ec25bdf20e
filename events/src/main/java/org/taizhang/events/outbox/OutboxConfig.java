package org.taizhang.events.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox and its relay; every replica of a service must use the same number of slots. */
@ConfigMapping(prefix = "taizhang.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of the events this service produces. */
    @WithDefault("/taizhang/${quarkus.application.name}")
    String source();

    /** Whether this replica relays; off for a replica that should only write. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How long the relay sleeps when idle; a commit in this replica wakes it at once. */
    @WithDefault("500ms")
    Duration pollInterval();

    @WithDefault("500")
    int batchSize();

    /**
     * How long the relay waits after a pass that sent something, so the commits of a busy moment share one Kafka
     * transaction instead of paying for one each.
     */
    @WithDefault("20ms")
    Duration linger();

    /** Keys are hashed into this many slots; each slot is relayed by one replica at a time, in order. */
    @WithDefault("2")
    int slots();

    /** Longest pause between retries while Kafka is unreachable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /**
     * How long published rows are kept for inspection before they are deleted. Zero deletes each row in the
     * transaction that publishes it, sparing the database an UPDATE per event (a province plan's fan-out writes
     * 100,000); parked and pending rows stay either way.
     */
    @WithDefault("P7D")
    Duration retention();

    /**
     * Largest record the relay sends (the producer's {@code max.request.size}), 1 MiB as Kafka's own default; a larger
     * event is parked before it is sent. Keep it at or below the broker's {@code message.max.bytes} (and the topics'
     * {@code max.message.bytes}); a record the broker refuses all the same is parked when it refuses it.
     */
    @WithDefault("1048576")
    int maxRecordBytes();

    /**
     * How the relay compresses its batches (Kafka's {@code compression.type}: none, gzip, snappy, lz4, zstd). Events
     * are JSON that repeats its field and unit names, so lz4 shrinks a province plan's PlanPublished several times over
     * at little CPU.
     */
    @WithDefault("lz4")
    String compression();

    /** Prefix of the Kafka transactional ids, one per slot, so that a new slot holder fences an old one. */
    @WithDefault("${quarkus.application.name}-outbox")
    String transactionalIdPrefix();
}
