package org.taizhang.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Runs the chosen scenarios against the local stack and prints their figures next to the issues' targets. */
public final class Bench {

    static final int[] CLIENTS = {1, 8, 32};

    /** A full run's progress scenario leaves minutes of events to consume; longer than this is a stuck stack. */
    static final Duration SETTLE_AT_MOST = Duration.ofMinutes(5);

    /** Every scenario by the name given on the command line, in the order a full run takes them. */
    static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put("limit", new LimitFigures());
        SCENARIOS.put("progress", new ProgressFigures());
        SCENARIOS.put("freshness", new FreshnessFigures());
        SCENARIOS.put("plans", new PlanFigures());
        SCENARIOS.put("reminders", new ReminderFigures());
        SCENARIOS.put("reports", new ReportFigures());
        SCENARIOS.put("console", new ConsoleFigures());
        SCENARIOS.put("footprint", new FootprintFigures());
        SCENARIOS.put("scale", new ScaleFigures());
    }

    /** Scenarios whose figures depend on warm services; the others measure PostgreSQL or memory. */
    private static final Set<String> WARMED = Set.of("progress", "freshness", "plans", "reminders", "reports");

    private Bench() {}

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        BenchRun run = new BenchRun(options);
        if (options.scenarios().stream().anyMatch(WARMED::contains)) {
            QuietMachine.await(SETTLE_AT_MOST);
            StackWarmUp.run(options.warmStack());
        }
        for (Map.Entry<String, Scenario> scenario : SCENARIOS.entrySet()) {
            if (options.scenarios().contains(scenario.getKey())) {
                QuietMachine.await(SETTLE_AT_MOST);
                scenario.getValue().measure(run);
            }
        }
        Machine machine = Machine.describe();
        System.out.println();
        System.out.println(Report.table(machine, run.figures()));
        Report.writeJson(options.output(), machine, run.figures());
        System.out.println("Written to " + options.output());
    }
}
