package org.taizhang.bench;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Province scorecards (issue #20), each against the 2 s target: the first request after reporting-service restarts,
 * the answer right after the year's figures change (kept ahead, refreshed in the background), computed afresh as of
 * days not asked for before (each a computation of its own), and kept; JSON and .xlsx.
 */
final class ScaleScorecards {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int TARGET_MILLIS = 2000;
    private static final int CHANGES = 5;
    // A first request this long after readiness finds the scorecards warmed in the background, as most will.
    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    // A figure change as applying an event makes it: the province plan's version moves (its counts need not).
    private static final String CHANGE = "update plan set version = nextval('plan_version_seq') where plan_id = '"
            + ScaleFigures.PLAN + "' returning version";

    private final StackClient stack;
    private final String token;
    private final Psql psql;
    private final Path logs;
    private final ScaleProbe probe;
    private final String url;

    ScaleScorecards(StackClient stack, String token, Psql psql, Path logs) {
        this.stack = stack;
        this.token = token;
        this.psql = psql;
        this.logs = logs;
        this.probe = new ScaleProbe(stack, token);
        this.url = stack.reporting + "/api/reports/scorecards?year=2026&regionCode=" + ScaleFigures.PROVINCE;
    }

    /**
     * The figures; {@code restart} restarts reporting-service first, twice: the first request of a fresh JVM at once,
     * while the scorecards are still being warmed, and after the warm-up had time.
     */
    void measure(BenchRun run, boolean restart) throws IOException, InterruptedException {
        if (restart) {
            restart();
            run.add(probe.measureEach(
                    "scorecards JSON, province (20,000 units), first request at once after a restart",
                    List.of(url),
                    null,
                    TARGET_MILLIS));
            restart();
            Thread.sleep(WARM_UP.toMillis());
            run.add(probe.measureEach(
                    "scorecards JSON, province (20,000 units), first request " + WARM_UP.toSeconds()
                            + " s after a restart",
                    List.of(url),
                    null,
                    TARGET_MILLIS));
        } else {
            run.add(probe.measureEach(
                    "scorecards JSON, province (20,000 units), first request", List.of(url), null, TARGET_MILLIS));
        }
        changed(run);
        List<String> days = IntStream.rangeClosed(1, 5)
                .mapToObj(day -> url + "&asOf=2026-11-0" + day)
                .toList();
        run.add(probe.measureEach(
                "scorecards JSON, province (20,000 units), computed (5 days as of)", days, null, TARGET_MILLIS));
        run.add(probe.measureEach(
                "scorecards .xlsx, province (20,000 units), computed (5 days as of)",
                days.stream()
                        .map(day -> day.replace("2026-11-0", "2026-10-0") + "&format=xlsx")
                        .toList(),
                XLSX,
                TARGET_MILLIS));
        run.add(probe.measure("scorecards JSON, province (20,000 units), kept", url, null, TARGET_MILLIS));
        run.add(probe.measure(
                "scorecards .xlsx, province (20,000 units), kept", url + "&format=xlsx", XLSX, TARGET_MILLIS));
    }

    /** Each sample moves the figures and asks at once; then how long the background takes to catch up. */
    private void changed(BenchRun run) throws IOException, InterruptedException {
        String name = "scorecards JSON, province (20,000 units), right after a figure change";
        BenchRun.say("scale: " + name);
        Latencies latencies = new Latencies();
        String failure = null;
        long bytes = 0;
        long moved = 0;
        long changedAt = 0;
        for (int i = 0; i < CHANGES; i++) {
            moved = psql.count(ScaleSeed.REPORTING_DB, CHANGE);
            changedAt = System.nanoTime();
            HttpResponse<byte[]> answer = stack.getBytes(url, token, null);
            bytes = answer.body().length;
            if (answer.statusCode() == 200) {
                latencies.add(System.nanoTime() - changedAt);
            } else {
                latencies.error();
                failure = "HTTP " + answer.statusCode() + " " + ScaleProbe.brief(answer.body());
            }
            Thread.sleep(1_000); // changes a second apart, the refresh they start running meanwhile
        }
        run.add(ScaleProbe.figure(name, latencies, failure, bytes, TARGET_MILLIS));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String answer = "";
        while (System.nanoTime() < deadline && version(answer) < moved) {
            Thread.sleep(250);
            answer = stack.get(url, token).body();
        }
        boolean caughtUp = version(answer) >= moved;
        run.add(Figure.of(
                        "scale",
                        "scorecards, province, computed again in the background after the last change",
                        (System.nanoTime() - changedAt) / 1e6,
                        "ms")
                .noting((caughtUp ? "caught up" : "NOT caught up within 2 min") + ", computedAt "
                        + StackClient.values(answer, "computedAt") + "; load " + ReportFigures.loadAverage()));
    }

    private void restart() throws IOException, InterruptedException {
        long start = System.nanoTime();
        stack("stop");
        stack("start");
        BenchRun.say(String.format(
                "scale: reporting-service restarted, healthy after %.1f s", (System.nanoTime() - start) / 1e9));
    }

    private static long version(String answer) {
        Matcher m = VERSION.matcher(answer);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private void stack(String command) throws IOException, InterruptedException {
        // Its own process with only /dev/null and a log file open: the service it starts must never inherit the
        // bench's measurement lock or its output.
        Process process = new ProcessBuilder("deploy/local/stack", command, "reporting-service")
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        logs.resolve("bench-stack.log").toFile()))
                .start();
        if (process.waitFor() != 0) {
            throw new IOException(
                    "stack " + command + " reporting-service failed: see " + logs.resolve("bench-stack.log"));
        }
    }
}
