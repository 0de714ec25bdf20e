package org.taizhang.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Command-line choices: which scenarios, how long, where PostgreSQL is. */
public record BenchOptions(
        Set<String> scenarios,
        Duration warmUp,
        Duration measure,
        Duration warmStack,
        int batches,
        Path pgBin,
        String pgPort,
        String pgPassword,
        Path output,
        String kafka,
        Path state,
        List<Path> samples,
        boolean reseed,
        boolean skipRebuild,
        ScalePart only) {

    /** The part of the scale scenario a run is limited to: ALL for the whole of it. */
    enum ScalePart {
        ALL,
        SEED,
        SCORECARDS,
        FAN_OUT,
        LISTS,
        REBUILD
    }

    static BenchOptions parse(String[] args) {
        Set<String> scenarios = new LinkedHashSet<>();
        Duration warmUp = Duration.ofSeconds(5);
        Duration measure = Duration.ofSeconds(20);
        Duration warmStack = Duration.ofSeconds(90);
        int batches = 100;
        boolean reseed = false;
        boolean skipRebuild = false;
        ScalePart only = ScalePart.ALL;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> measure = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--warm-up" -> warmUp = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--batches" -> batches = Integer.parseInt(args[++i]);
                case "--warm-stack" -> warmStack = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--reseed" -> reseed = true;
                case "--skip-rebuild" -> skipRebuild = true;
                case "--seed-only" -> only = ScalePart.SEED;
                case "--scorecards-only" -> only = ScalePart.SCORECARDS;
                case "--fan-out-only" -> only = ScalePart.FAN_OUT;
                case "--lists-only" -> only = ScalePart.LISTS;
                case "--rebuild-only" -> only = ScalePart.REBUILD;
                default -> scenarios.add(args[i]);
            }
        }
        if (scenarios.isEmpty()) {
            scenarios.addAll(Bench.SCENARIOS.keySet());
            scenarios.remove("scale"); // an hour of seeding the first time: only when asked for
        }
        return new BenchOptions(
                scenarios,
                warmUp,
                measure,
                warmStack,
                batches,
                Path.of(env("PG_BINDIR", "/usr/lib/postgresql/17/bin")),
                env("TAIZHANG_PG_PORT", "15432"),
                env("PGPASSWORD", "postgres"),
                Path.of(env("BENCH_OUTPUT", "bench/results/latest.json")),
                env("TAIZHANG_KAFKA", "127.0.0.1:" + env("TAIZHANG_KAFKA_PORT", "9092")),
                Path.of(env("TAIZHANG_STATE_DIR", "deploy/local/.state")),
                samples(Path.of(env("TAIZHANG_SAMPLES", "../shared/samples"))),
                reseed,
                skipRebuild,
                only);
    }

    private static List<Path> samples(Path dir) {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
