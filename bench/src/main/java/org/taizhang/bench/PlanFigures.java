package org.taizhang.bench;

import java.nio.file.Path;

/** Import time of each sample and publish of a 50-task plan to PlanPublished. */
final class PlanFigures implements Scenario {

    @Override
    public void measure(BenchRun run) throws Exception {
        StackClient stack = new StackClient();
        PlanScenario scenario = new PlanScenario(stack, stack.userToken("office"));
        for (Path sample : run.options().samples()) {
            BenchRun.say("plans: importing " + sample.getFileName());
            scenario.imports(sample, 10);
            Latencies imports = scenario.imports(sample, 30);
            double p50 = imports.percentileMillis(0.5);
            run.add(Figure.of("plans", "import " + sample.getFileName() + ", p50", p50, "ms")
                    .against("<= 50 ms", p50 <= 50 && imports.errors() == 0)
                    .noting(String.format(
                            "HTTP multipart, draft written, after 10 warm-up; p99 %.0f ms, %d errors",
                            imports.percentileMillis(0.99), imports.errors())));
        }
        BenchRun.say("plans: publishing 50-task plans");
        Latencies publishes = scenario.publishes(20, run.options().kafka());
        double p50 = publishes.percentileMillis(0.5);
        run.add(Figure.of("plans", "publish 50 tasks → PlanPublished consumed, p50", p50, "ms")
                .against("<= 200 ms", p50 <= 200 && publishes.errors() == 0)
                .noting(String.format(
                        "read_committed consumer; p99 %.0f ms, %d samples, %d errors",
                        publishes.percentileMillis(0.99), publishes.count(), publishes.errors())));
    }
}
