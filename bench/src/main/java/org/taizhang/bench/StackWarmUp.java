package org.taizhang.bench;

import java.time.Duration;

/**
 * Brings the services to a steady state before anything is measured: a stack fresh from {@code stack up} is still
 * compiling its report path for minutes, and a cold run measured half the warm throughput.
 */
final class StackWarmUp {

    private static final int CLIENTS = 32;
    private static final int BATCHES = 20;

    private StackWarmUp() {}

    /** Single reports from 32 clients for the given time, then 20 batches of 1,000; nothing is measured. */
    static void run(Duration singles) throws Exception {
        if (singles.isZero()) {
            return;
        }
        ProgressScenarios scenarios = ProgressScenarios.prepare(new StackClient());
        BenchRun.say("warm-up: single reports from " + CLIENTS + " clients for " + singles.toSeconds() + " s, then "
                + BATCHES + " batches of 1,000 (not measured)");
        scenarios.single(CLIENTS, Duration.ZERO, singles);
        scenarios.batches(BATCHES, 1000);
    }
}
