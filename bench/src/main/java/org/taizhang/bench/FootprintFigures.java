package org.taizhang.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Resident memory of each service and the console at rest and at its peak under progress load (single reports from
 * 32 clients, RSS sampled every 200 ms), and the last stack start time, each next to issue #20's target, with the
 * CPU-seconds that start cost.
 */
final class FootprintFigures implements Scenario {

    private static final int LOAD_CLIENTS = 32;

    @Override
    public void measure(BenchRun run) throws Exception {
        Footprint footprint = new Footprint(run.options().state());
        String target = "<= " + (int) Footprint.RSS_TARGET_MIB + " MiB";
        footprint
                .rss()
                .forEach((service, mib) -> run.add(Figure.of("footprint", service + " RSS at rest", mib, "MiB")
                        .against(target, mib <= Footprint.RSS_TARGET_MIB)));
        Map<String, Double> peak = new ConcurrentHashMap<>(footprint.rss());
        ProgressScenarios scenarios = ProgressScenarios.prepare(new StackClient());
        BenchRun.say("footprint: single reports from " + LOAD_CLIENTS + " clients for " + loadSeconds(run)
                + " s, RSS sampled every 200 ms");
        Thread sampler = new Thread(() -> sample(footprint, peak), "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        LoadRunner.Run load = scenarios.single(LOAD_CLIENTS, Duration.ZERO, Duration.ofSeconds(loadSeconds(run)));
        sampler.interrupt();
        sampler.join();
        String note = String.format(
                "peak while %.0f req/s from %d clients (p99 %.0f ms)",
                load.perSecond(), LOAD_CLIENTS, load.latencies().percentileMillis(0.99));
        footprint.rss().keySet().forEach(service -> {
            double mib = peak.get(service);
            run.add(Figure.of("footprint", service + " RSS under progress load", mib, "MiB")
                    .against(target, mib <= Footprint.RSS_TARGET_MIB)
                    .noting(note));
        });
        footprint
                .lastStartSeconds()
                .ifPresent(s -> run.add(Figure.of(
                                "footprint", "stack start (last `stack up` that started services)", s, "s")
                        .against("<= " + Footprint.START_TARGET_SECONDS + " s", s <= Footprint.START_TARGET_SECONDS)));
        startCpu(footprint.lastStartCpuSeconds()).ifPresent(run::add);
    }

    /**
     * What the start cost the cores, the reason its time is what it is: all the stack's processes start at once, so
     * on this machine's cores it takes at least their CPU-seconds over the cores.
     */
    static Optional<Figure> startCpu(Map<String, Double> seconds) {
        if (seconds.isEmpty()) {
            return Optional.empty();
        }
        double total =
                seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        String each = seconds.entrySet().stream()
                .map(process -> String.format("%s %.1f", process.getKey(), process.getValue()))
                .collect(Collectors.joining(", "));
        return Optional.of(Figure.of("footprint", "stack start CPU-seconds (all its processes)", total, "CPU-s")
                .noting(String.format("%s; at least %.0f s on %d cores", each, total / cores, cores)));
    }

    /** The load lasts as long as a measurement of the run (--seconds), at least 20 s so that the heaps fill. */
    private static long loadSeconds(BenchRun run) {
        return Math.max(20, run.options().measure().toSeconds());
    }

    private static void sample(Footprint footprint, Map<String, Double> peak) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                footprint.rss().forEach((service, mib) -> peak.merge(service, mib, Math::max));
                Thread.sleep(200);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
