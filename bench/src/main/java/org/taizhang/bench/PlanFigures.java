package org.taizhang.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Import time of each sample and of a 43-task PDF, and publish of a 50-task plan to PlanPublished. */
final class PlanFigures implements Scenario {

    /** The county sample as LibreOffice prints it to PDF: 43 tasks over several pages, a table with rules. */
    private static final Path PDF = Path.of(System.getenv()
            .getOrDefault("TAIZHANG_BENCH_PDF", "plan-service/src/test/resources/corpus/county-plan-tab-indented.pdf"));

    @Override
    public void measure(BenchRun run) throws Exception {
        StackClient stack = new StackClient();
        PlanScenario scenario = new PlanScenario(stack, stack.userToken("office"));
        for (Path sample : run.options().samples()) {
            imports(run, scenario, sample, 50);
        }
        if (Files.isRegularFile(PDF)) {
            imports(run, scenario, PDF, 300);
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

    private static void imports(BenchRun run, PlanScenario scenario, Path document, int targetMillis) throws Exception {
        BenchRun.say("plans: importing " + document.getFileName());
        scenario.imports(document, 10);
        Latencies imports = scenario.imports(document, 30);
        double p50 = imports.percentileMillis(0.5);
        run.add(Figure.of("plans", "import " + document.getFileName() + ", p50", p50, "ms")
                .against("<= " + targetMillis + " ms", p50 <= targetMillis && imports.errors() == 0)
                .noting(String.format(
                        "HTTP multipart, draft written, after 10 warm-up; p99 %.0f ms, %d errors",
                        imports.percentileMillis(0.99), imports.errors())));
    }
}
