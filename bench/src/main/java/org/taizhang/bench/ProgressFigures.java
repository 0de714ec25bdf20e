package org.taizhang.bench;

import java.time.Duration;
import java.util.Map;

/** Progress through the HTTP API: single reports at 1, 8, 32 clients beside pgbench, and batches of 1,000. */
final class ProgressFigures implements Scenario {

    @Override
    public void measure(BenchRun run) throws Exception {
        ProgressScenarios scenarios = ProgressScenarios.prepare(new StackClient());
        CpuMeter cpu = new CpuMeter(run.options().state());
        BenchRun.say("progress: " + scenarios.assignmentCount() + " assignments to report on");
        for (int clients : Bench.CLIENTS) {
            QuietMachine.await(Bench.SETTLE_AT_MOST);
            BenchRun.say("progress: single reports from " + clients + " clients");
            scenarios.single(clients, Duration.ZERO, run.options().warmUp());
            Map<String, Double> before = cpu.snapshot();
            LoadRunner.Run single =
                    scenarios.single(clients, Duration.ZERO, run.options().measure());
            String cost =
                    CpuMeter.perUnit(before, cpu.snapshot(), single.latencies().count());
            Figure rate = Figure.of("progress", "single reports, " + clients + " clients", single.perSecond(), "req/s")
                    .noting(String.format(
                            "p50 %.1f ms, p99 %.1f ms, %d errors",
                            single.latencies().percentileMillis(0.5),
                            single.latencies().percentileMillis(0.99),
                            single.latencies().errors()));
            run.add(rate.noting(rate.note() + "; " + cost));
            Double limit = run.limitTps(clients);
            if (limit != null) {
                double ratio = single.perSecond() / limit;
                Figure share = Figure.of("progress", "single vs pgbench, " + clients + " clients", ratio * 100, "%");
                run.add(clients == 32 ? share.against(">= 50 %", ratio >= 0.5) : share);
            }
        }
        QuietMachine.await(Bench.SETTLE_AT_MOST);
        BenchRun.say("progress: " + run.options().batches() + " batches of 1,000");
        LoadRunner.Run batches = scenarios.batches(run.options().batches(), 1000);
        double p99 = batches.latencies().percentileMillis(0.99);
        run.add(Figure.of("progress", "batch of 1,000, p99", p99, "ms")
                .against("<= 1000 ms", p99 <= 1000 && batches.latencies().errors() == 0)
                .noting(String.format(
                        "p50 %.0f ms, max %.0f ms, %d errors",
                        batches.latencies().percentileMillis(0.5),
                        batches.latencies().percentileMillis(1.0),
                        batches.latencies().errors())));
        double rows = batches.latencies().count() * 1000 / batches.seconds();
        Figure throughput = Figure.of("progress", "batch rows", rows, "rows/s");
        run.add(
                run.copyRate() > 0
                        ? throughput.noting(String.format("%.1f %% of COPY", rows / run.copyRate() * 100))
                        : throughput);
    }
}
