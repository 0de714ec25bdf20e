package org.taizhang.bench;

/** Push to visible in reporting-service's plan summary while 200 reports/s are pushed. */
final class FreshnessFigures implements Scenario {

    private static final double PROBE_TIMEOUT_MS = 10_000;

    @Override
    public void measure(BenchRun run) throws Exception {
        StackClient stack = new StackClient();
        String token = stack.userToken("office");
        FreshnessScenario scenario = new FreshnessScenario(stack, token, DemoAssignments.load(stack, token));
        BenchRun.say("freshness: 200 reports/s in the background, a probe polling the plan summary");
        FreshnessScenario.Result result =
                scenario.run(200, run.options().measure().multipliedBy(3));
        Latencies visible = result.visible();
        // A probe not seen within its 10 s counts as an error, not a latency: with none seen, 10 s is the lower bound.
        double p99 = visible.count() == 0 ? PROBE_TIMEOUT_MS : visible.percentileMillis(0.99);
        run.add(Figure.of("freshness", "push to plan summary, p99", p99, "ms")
                .against("<= 1000 ms", p99 <= 1000 && visible.errors() == 0)
                .noting(String.format(
                        "p50 %.0f ms, max %.0f ms, %d probes, %d not seen in 10 s",
                        visible.percentileMillis(0.5),
                        visible.percentileMillis(1.0),
                        visible.count(),
                        visible.errors())));
        run.add(Figure.of("freshness", "background push rate", result.backgroundPerSecond(), "req/s")
                .noting(String.format(
                        "target 200; p99 %.0f ms, %d errors",
                        result.background().percentileMillis(0.99),
                        result.background().errors())));
    }
}
