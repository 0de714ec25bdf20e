package org.taizhang.bench;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;

/**
 * Times one GET of the scale scenario: a few warm-up calls, then at most {@link #SAMPLES} sequential samples within
 * a time budget. A failed answer (an error status, a timeout, a dropped connection) is counted and named, never
 * thrown: a probe that fails is a figure "failed: …".
 */
final class ScaleProbe {

    static final int SAMPLES = 20;
    static final Duration BUDGET = Duration.ofSeconds(90);
    private static final int WARM_UP = 2;

    private final StackClient stack;
    private final String token;

    ScaleProbe(StackClient stack, String token) {
        this.stack = stack;
        this.token = token;
    }

    /** The figure of one URL against a p99 target in ms (0 for none); {@code accept} may be null. */
    Figure measure(String name, String url, String accept, int targetMillis) {
        BenchRun.say("scale: " + name);
        long end = System.nanoTime() + BUDGET.toNanos();
        Latencies latencies = new Latencies();
        String failure = null;
        long bytes = 0;
        for (int i = 0; i < WARM_UP + SAMPLES && System.nanoTime() < end; i++) {
            long start = System.nanoTime();
            String problem;
            try {
                HttpResponse<byte[]> answer = stack.getBytes(url, token, accept);
                bytes = answer.body().length;
                problem =
                        answer.statusCode() == 200 ? null : "HTTP " + answer.statusCode() + " " + brief(answer.body());
            } catch (HttpTimeoutException e) {
                problem = "timeout after 60 s";
            } catch (Exception e) {
                problem = e.getClass().getSimpleName() + " " + e.getMessage();
            }
            if (i < WARM_UP && problem == null) {
                continue;
            }
            if (problem == null) {
                latencies.add(System.nanoTime() - start);
            } else {
                latencies.error();
                failure = problem;
                if (latencies.errors() >= 3 && latencies.count() == 0) {
                    break; // a probe that keeps failing says so after three tries, not after twenty
                }
            }
        }
        return figure(name, latencies, failure, bytes, targetMillis);
    }

    /**
     * One sample per URL and no warm-up: for answers computed afresh at each call, such as scorecards as of a day
     * not asked for before (a view kept per day would answer a repeated URL from memory).
     */
    Figure measureEach(String name, List<String> urls, String accept, int targetMillis) {
        BenchRun.say("scale: " + name);
        Latencies latencies = new Latencies();
        String failure = null;
        long bytes = 0;
        for (String url : urls) {
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> answer = stack.getBytes(url, token, accept);
                bytes = answer.body().length;
                if (answer.statusCode() == 200) {
                    latencies.add(System.nanoTime() - start);
                    continue;
                }
                failure = "HTTP " + answer.statusCode() + " " + brief(answer.body());
            } catch (HttpTimeoutException e) {
                failure = "timeout after 60 s";
            } catch (Exception e) {
                failure = e.getClass().getSimpleName() + " " + e.getMessage();
            }
            latencies.error();
        }
        return figure(name, latencies, failure, bytes, targetMillis);
    }

    static Figure figure(String name, Latencies latencies, String failure, long bytes, int targetMillis) {
        if (latencies.count() == 0) {
            Figure failed = Figure.of("scale", name + ", p99", 0, "ms").noting("failed: " + failure);
            return targetMillis == 0 ? failed : failed.against("<= " + targetMillis + " ms", false);
        }
        double p99 = latencies.percentileMillis(0.99);
        Figure figure = Figure.of("scale", name + ", p99", p99, "ms")
                .noting(String.format(
                        "p50 %.1f ms, %d samples, %d errors%s, %,d bytes; load %s",
                        latencies.percentileMillis(0.5),
                        latencies.count(),
                        latencies.errors(),
                        failure == null ? "" : " (" + failure + ")",
                        bytes,
                        ReportFigures.loadAverage()));
        return targetMillis == 0
                ? figure
                : figure.against("<= " + targetMillis + " ms", p99 <= targetMillis && latencies.errors() == 0);
    }

    static String brief(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 160), java.nio.charset.StandardCharsets.UTF_8);
        return text.replaceAll("\\s+", " ").replace('|', '/');
    }
}
