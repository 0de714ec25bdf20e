package org.taizhang.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** Annual report of a 50-task plan with 2,000 assignments (JSON, .xlsx) and scorecards of 1,000 units (issue #7). */
final class ReportFigures implements Scenario {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int WARM_UP = 20;
    private static final int SAMPLES = 100;

    @Override
    public void measure(BenchRun run) throws Exception {
        StackClient stack = new StackClient();
        String token = stack.userToken("office");
        String plan = new ReportSeed(stack, token).ensure();
        String annual = stack.reporting + "/api/reports/plans/" + plan + "/annual";
        String scorecards = stack.reporting + "/api/reports/scorecards?year=" + ReportSeed.YEAR + "&regionCode="
                + ReportSeed.REGION;
        long scored = scorecardCount(stack.get(scorecards, token));
        if (scored != ReportSeed.UNITS) {
            BenchRun.say("reports: scorecards of " + ReportSeed.YEAR + " in region " + ReportSeed.REGION + " score "
                    + scored + " units, not " + ReportSeed.UNITS + ": the seed is incomplete");
        }
        String units = scored + " units";
        measured(run, "annual report JSON, 50 tasks / 2,000 assignments", stack, annual, null, null, 100);
        measured(
                run,
                "annual report .xlsx, 50 tasks / 2,000 assignments",
                stack,
                annual + "?format=xlsx",
                null,
                null,
                500);
        measured(run, "scorecards JSON, " + units, stack, scorecards, token, null, 1000);
        measured(run, "scorecards .xlsx, " + units, stack, scorecards, token, XLSX, 0);
    }

    /** Times {@link #SAMPLES} sequential GETs after {@link #WARM_UP}; a target of 0 ms means the figure has none. */
    private static void measured(
            BenchRun run, String name, StackClient stack, String url, String token, String accept, int targetMillis)
            throws Exception {
        BenchRun.say("reports: " + name);
        long bytes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            stack.getBytes(url, token, accept);
        }
        String loadBefore = loadAverage();
        Latencies latencies = new Latencies();
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = stack.getBytes(url, token, accept);
            if (answer.statusCode() == 200) {
                latencies.add(System.nanoTime() - start);
                bytes = answer.body().length;
            } else {
                latencies.error();
            }
        }
        double p99 = latencies.percentileMillis(0.99);
        Figure figure = Figure.of("reports", name + ", p99", p99, "ms")
                .noting(String.format(
                        "p50 %.1f ms, %d samples after %d warm-up, %d errors, %,d bytes; load average %s → %s",
                        latencies.percentileMillis(0.5),
                        latencies.count(),
                        WARM_UP,
                        latencies.errors(),
                        bytes,
                        loadBefore,
                        loadAverage()));
        run.add(
                targetMillis == 0
                        ? figure
                        : figure.against("<= " + targetMillis + " ms", p99 <= targetMillis && latencies.errors() == 0));
    }

    /** How many scorecards a scorecards JSON answer holds (each has one {@code unitId}). */
    static long scorecardCount(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("scorecards answered " + answer.statusCode() + ": " + answer.body());
        }
        return StackClient.values(answer.body(), "unitId").size();
    }

    /** The 1-minute load average of the machine, from /proc/loadavg ("?" where there is none). */
    static String loadAverage() {
        try {
            return firstField(Files.readString(Path.of("/proc/loadavg")));
        } catch (IOException e) {
            return "?";
        }
    }

    static String firstField(String loadavg) {
        String text = loadavg.strip();
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }
}
