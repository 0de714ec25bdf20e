package org.taizhang.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Push → visible: while a paced background load pushes single reports on other plans, a probe moves one assignment of
 * the probe plan between NOT_STARTED and IN_PROGRESS and polls reporting-service's plan summary until the count shows.
 */
public final class FreshnessScenario {

    private static final Pattern IN_PROGRESS =
            Pattern.compile("\"assignmentsByStatus\"\\s*:\\s*\\{[^}]*\"IN_PROGRESS\"\\s*:\\s*(\\d+)");
    // A summary of the 2,000-assignment probe plan costs reporting-service about 20 ms; polling every 25 ms keeps the
    // probe's own load near 20 summaries/s while still resolving visibility well inside the 1 s target.
    private static final long POLL_MILLIS = 25;
    // Enough senders that the pace holds even when each answer takes a few hundred milliseconds.
    private static final int SENDERS = 64;
    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    private final StackClient stack;
    private final String token;
    private final DemoAssignments demo;

    public FreshnessScenario(StackClient stack, String token, DemoAssignments demo) {
        this.stack = stack;
        this.token = token;
        this.demo = demo;
    }

    /** Runs the background load at the given rate for the given time and returns the probe's visibility delays. */
    public Result run(int perSecond, Duration measure) throws Exception {
        String probePlan = demo.planIds().get(0);
        String probe = demo.ofPlan(probePlan).get(0);
        List<String> background = demo.notOfPlan(probePlan);
        AtomicInteger sent = new AtomicInteger();
        Latencies backgroundLatencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        long end = System.nanoTime() + measure.toNanos();
        long start = System.nanoTime();
        for (int t = 0; t < SENDERS; t++) {
            int thread = t;
            pool.submit(() -> paced(thread, SENDERS, perSecond, start, end, background, sent, backgroundLatencies));
        }
        Latencies visible = probe(probePlan, probe, end);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(visible, sent.get() / seconds, backgroundLatencies);
    }

    private Void paced(
            int thread,
            int threads,
            int perSecond,
            long start,
            long end,
            List<String> ids,
            AtomicInteger sent,
            Latencies latencies)
            throws Exception {
        long interval = 1_000_000_000L * threads / perSecond;
        long next = start + interval * thread / threads;
        // A sender that fell behind catches up only until the measurement ends; it must not load the scenarios after
        // it.
        while (next < end && System.nanoTime() < end) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            long began = System.nanoTime();
            HttpResponse<String> answer = stack.postJson(
                    stack.assignment + "/api/assignments/" + id + "/progress", token, report("IN_PROGRESS"));
            if (answer.statusCode() == 201) {
                latencies.add(System.nanoTime() - began);
            } else {
                latencies.error();
            }
            sent.incrementAndGet();
            next += interval;
        }
        return null;
    }

    private Latencies probe(String plan, String assignment, long end) throws Exception {
        Latencies visible = new Latencies();
        String url = stack.reporting + "/api/reports/plans/" + plan + "/summary";
        String status = "IN_PROGRESS";
        if (!send(assignment, status)) {
            throw new IllegalStateException("the probe assignment " + assignment + " refused a report");
        }
        Thread.sleep(3000);
        while (System.nanoTime() < end) {
            int before = currentCount(url);
            status = status.equals("IN_PROGRESS") ? "NOT_STARTED" : "IN_PROGRESS";
            int expected = before + (status.equals("IN_PROGRESS") ? 1 : -1);
            long sent = System.nanoTime();
            if (!send(assignment, status) || !awaitCount(url, expected, sent)) {
                visible.error();
                continue;
            }
            visible.add(System.nanoTime() - sent);
            Thread.sleep(ThreadLocalRandom.current().nextInt(100, 200));
        }
        return visible;
    }

    private boolean awaitCount(String url, int expected, long sent) throws Exception {
        while (System.nanoTime() - sent < GIVE_UP.toNanos()) {
            if (currentCount(url) == expected) {
                return true;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return false;
    }

    private boolean send(String assignment, String status) throws Exception {
        HttpResponse<String> answer = stack.postJson(
                stack.assignment + "/api/assignments/" + assignment + "/progress", token, report(status));
        return answer.statusCode() == 201;
    }

    private int currentCount(String url) throws Exception {
        HttpResponse<String> answer = stack.get(url, token);
        Matcher m = IN_PROGRESS.matcher(answer.body());
        if (answer.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("plan summary answered " + answer.statusCode() + ": " + answer.body());
        }
        return Integer.parseInt(m.group(1));
    }

    private static String report(String status) {
        String percent = status.equals("IN_PROGRESS")
                ? ",\"percent\":" + ThreadLocalRandom.current().nextInt(1, 99)
                : "";
        return "{\"reportId\":\"fresh-" + UUID.randomUUID() + "\",\"status\":\"" + status + "\",\"summary\":\"按计划推进\""
                + percent + "}";
    }

    /** The probe's push-to-visible delays, the background rate achieved and its own latencies. */
    public record Result(Latencies visible, double backgroundPerSecond, Latencies background) {}
}
