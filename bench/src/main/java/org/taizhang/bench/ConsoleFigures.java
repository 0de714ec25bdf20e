package org.taizhang.bench;

import java.net.http.HttpResponse;

/**
 * Console pages of the reports scenario's plan (50 tasks, 2,000 assignments), rendered for a signed-in office clerk
 * and unit: the time from request to the whole HTML page, which includes the console's calls to the services.
 */
final class ConsoleFigures implements Scenario {

    private static final int WARM_UP = 20;
    private static final int SAMPLES = 200;
    private static final int TARGET_MILLIS = 300;

    @Override
    public void measure(BenchRun run) throws Exception {
        StackClient stack = new StackClient();
        String plan = new ReportSeed(stack, stack.userToken("office")).ensure();
        ConsoleSession office = ConsoleSession.signIn("office");
        measured(run, office, "plan page, 50 tasks", "/plans/" + plan, "任务");
        measured(run, office, "plan's assignments, 2,000 (a page of 20)", "/assignments?planId=" + plan, "共 2000 项");
        measured(run, office, "plans list", "/plans", "工作方案");
        measured(run, office, "overdue list", "/overdue", "逾期督办");
        ConsoleSession unit = ConsoleSession.signIn("unit-fgw");
        measured(run, unit, "a unit's assignments", "/my/assignments", "我的任务");
    }

    private static void measured(BenchRun run, ConsoleSession session, String name, String path, String expected)
            throws Exception {
        BenchRun.say("console: " + name);
        for (int i = 0; i < WARM_UP; i++) {
            session.get(path);
        }
        String loadBefore = ReportFigures.loadAverage();
        Latencies latencies = new Latencies();
        long bytes = 0;
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = session.get(path);
            if (page.statusCode() == 200 && page.body().contains(expected)) {
                latencies.add(System.nanoTime() - start);
                bytes = page.body().length();
            } else {
                latencies.error();
            }
        }
        double p99 = latencies.percentileMillis(0.99);
        run.add(Figure.of("console", name + ", p99", p99, "ms")
                .noting(String.format(
                        "p50 %.1f ms, %d samples after %d warm-up, %d errors, %,d characters; load average %s → %s",
                        latencies.percentileMillis(0.5),
                        latencies.count(),
                        WARM_UP,
                        latencies.errors(),
                        bytes,
                        loadBefore,
                        ReportFigures.loadAverage()))
                .against(
                        "<= " + TARGET_MILLIS + " ms",
                        p99 <= TARGET_MILLIS && latencies.errors() == 0 && latencies.count() > 0));
    }
}
