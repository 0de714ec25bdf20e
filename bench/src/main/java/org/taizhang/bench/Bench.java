package org.taizhang.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs the chosen scenarios against the local stack and prints their figures next to the issues' targets. */
public final class Bench {

    static final int[] CLIENTS = {1, 8, 32};

    private final Options options;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<Integer, Double> limitTps = new HashMap<>();
    private double copyRate;

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Bench bench = new Bench(options);
        bench.run();
        Machine machine = Machine.describe();
        System.out.println();
        System.out.println(Report.table(machine, bench.figures));
        Report.writeJson(options.output(), machine, bench.figures);
        System.out.println("Written to " + options.output());
    }

    private void run() throws Exception {
        if (options.scenarios().contains("limit")) {
            limit();
        }
        if (options.scenarios().contains("progress")) {
            progress();
        }
        if (options.scenarios().contains("freshness")) {
            freshness();
        }
        if (options.scenarios().contains("plans")) {
            plans();
        }
        if (options.scenarios().contains("footprint")) {
            footprint();
        }
    }

    private void limit() throws Exception {
        say("limit: pgbench of one report's writes, then COPY");
        PostgresLimit pg = new PostgresLimit(options.pgBin(), options.pgPort(), options.pgPassword());
        pg.prepare();
        CpuMeter cpu = new CpuMeter(options.state());
        for (int clients : CLIENTS) {
            Map<String, Double> before = cpu.snapshot();
            double[] result = pg.pgbench(clients, (int) options.measure().toSeconds());
            Map<String, Double> after = cpu.snapshot();
            limitTps.put(clients, result[0]);
            long transactions = Math.round(result[0] * options.measure().toSeconds());
            figures.add(Figure.of("limit", "pgbench report writes, " + clients + " clients", result[0], "tx/s")
                    .noting(String.format(
                            "avg latency %s ms; PostgreSQL CPU per tx %.2f ms",
                            result[1],
                            (after.get("postgres") - before.get("postgres")) * 1000 / Math.max(1, transactions))));
        }
        copyRate = pg.copy(100_000);
        figures.add(Figure.of("limit", "COPY 100,000 report rows", copyRate, "rows/s"));
    }

    private void progress() throws Exception {
        ProgressScenarios scenarios = ProgressScenarios.prepare(new StackClient());
        CpuMeter cpu = new CpuMeter(options.state());
        say("progress: " + scenarios.assignmentCount() + " assignments to report on");
        for (int clients : CLIENTS) {
            say("progress: single reports from " + clients + " clients");
            scenarios.single(clients, Duration.ZERO, options.warmUp());
            Map<String, Double> before = cpu.snapshot();
            LoadRunner.Run run = scenarios.single(clients, Duration.ZERO, options.measure());
            String cost =
                    CpuMeter.perUnit(before, cpu.snapshot(), run.latencies().count());
            Figure rate = Figure.of("progress", "single reports, " + clients + " clients", run.perSecond(), "req/s")
                    .noting(String.format(
                            "p50 %.1f ms, p99 %.1f ms, %d errors",
                            run.latencies().percentileMillis(0.5),
                            run.latencies().percentileMillis(0.99),
                            run.latencies().errors()));
            figures.add(rate.noting(rate.note() + "; " + cost));
            Double limit = limitTps.get(clients);
            if (limit != null) {
                double ratio = run.perSecond() / limit;
                Figure share = Figure.of("progress", "single vs pgbench, " + clients + " clients", ratio * 100, "%");
                figures.add(clients == 32 ? share.against(">= 50 %", ratio >= 0.5) : share);
            }
        }
        say("progress: " + options.batches() + " batches of 1,000");
        LoadRunner.Run batches = scenarios.batches(options.batches(), 1000);
        double p99 = batches.latencies().percentileMillis(0.99);
        figures.add(Figure.of("progress", "batch of 1,000, p99", p99, "ms")
                .against("<= 1000 ms", p99 <= 1000 && batches.latencies().errors() == 0)
                .noting(String.format(
                        "p50 %.0f ms, max %.0f ms, %d errors",
                        batches.latencies().percentileMillis(0.5),
                        batches.latencies().percentileMillis(1.0),
                        batches.latencies().errors())));
        double rows = batches.latencies().count() * 1000 / batches.seconds();
        Figure throughput = Figure.of("progress", "batch rows", rows, "rows/s");
        figures.add(
                copyRate > 0 ? throughput.noting(String.format("%.1f %% of COPY", rows / copyRate * 100)) : throughput);
    }

    private void freshness() throws Exception {
        StackClient stack = new StackClient();
        String token = stack.userToken("office");
        FreshnessScenario scenario = new FreshnessScenario(stack, token, DemoAssignments.load(stack, token));
        say("freshness: 200 reports/s in the background, a probe polling the plan summary");
        FreshnessScenario.Result result = scenario.run(200, options.measure().multipliedBy(3));
        Latencies visible = result.visible();
        double p99 = visible.percentileMillis(0.99);
        figures.add(Figure.of("freshness", "push to plan summary, p99", p99, "ms")
                .against("<= 1000 ms", p99 <= 1000 && visible.errors() == 0)
                .noting(String.format(
                        "p50 %.0f ms, max %.0f ms, %d probes, %d not seen in 10 s",
                        visible.percentileMillis(0.5),
                        visible.percentileMillis(1.0),
                        visible.count(),
                        visible.errors())));
        figures.add(Figure.of("freshness", "background push rate", result.backgroundPerSecond(), "req/s")
                .noting(String.format(
                        "target 200; p99 %.0f ms, %d errors",
                        result.background().percentileMillis(0.99),
                        result.background().errors())));
    }

    private void plans() throws Exception {
        StackClient stack = new StackClient();
        PlanScenario scenario = new PlanScenario(stack, stack.userToken("office"));
        for (Path sample : options.samples()) {
            say("plans: importing " + sample.getFileName());
            scenario.imports(sample, 10);
            Latencies imports = scenario.imports(sample, 30);
            double p50 = imports.percentileMillis(0.5);
            figures.add(Figure.of("plans", "import " + sample.getFileName() + ", p50", p50, "ms")
                    .against("<= 50 ms", p50 <= 50 && imports.errors() == 0)
                    .noting(String.format(
                            "HTTP multipart, draft written, after 10 warm-up; p99 %.0f ms, %d errors",
                            imports.percentileMillis(0.99), imports.errors())));
        }
        say("plans: publishing 50-task plans");
        Latencies publishes = scenario.publishes(20, options.kafka());
        double p50 = publishes.percentileMillis(0.5);
        figures.add(Figure.of("plans", "publish 50 tasks → PlanPublished consumed, p50", p50, "ms")
                .against("<= 200 ms", p50 <= 200 && publishes.errors() == 0)
                .noting(String.format(
                        "read_committed consumer; p99 %.0f ms, %d samples, %d errors",
                        publishes.percentileMillis(0.99), publishes.count(), publishes.errors())));
    }

    private void footprint() throws Exception {
        Footprint footprint = new Footprint(options.state());
        figures.addAll(footprint.rss());
        footprint
                .lastStartSeconds()
                .ifPresent(s -> figures.add(
                        Figure.of("footprint", "stack start (last `stack up` that started services)", s, "s")));
    }

    private static void say(String text) {
        System.out.println("bench: " + text);
    }

    /** Command-line choices: which scenarios, how long, where PostgreSQL is. */
    record Options(
            Set<String> scenarios,
            Duration warmUp,
            Duration measure,
            int batches,
            Path pgBin,
            String pgPort,
            String pgPassword,
            Path output,
            String kafka,
            Path state,
            List<Path> samples) {

        static Options parse(String[] args) {
            Set<String> scenarios = new LinkedHashSet<>();
            Duration warmUp = Duration.ofSeconds(5);
            Duration measure = Duration.ofSeconds(20);
            int batches = 100;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seconds" -> measure = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--warm-up" -> warmUp = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--batches" -> batches = Integer.parseInt(args[++i]);
                    default -> scenarios.add(args[i]);
                }
            }
            if (scenarios.isEmpty()) {
                scenarios.addAll(List.of("limit", "progress", "freshness", "plans", "footprint"));
            }
            return new Options(
                    scenarios,
                    warmUp,
                    measure,
                    batches,
                    Path.of(env("PG_BINDIR", "/usr/lib/postgresql/17/bin")),
                    env("TAIZHANG_PG_PORT", "15432"),
                    env("PGPASSWORD", "postgres"),
                    Path.of(env("BENCH_OUTPUT", "bench/results/latest.json")),
                    env("TAIZHANG_KAFKA", "127.0.0.1:9092"),
                    Path.of(env("TAIZHANG_STATE_DIR", "deploy/local/.state")),
                    samples(Path.of(env("TAIZHANG_SAMPLES", "../shared/samples"))));
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
}
