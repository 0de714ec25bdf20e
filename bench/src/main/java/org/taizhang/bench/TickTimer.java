package org.taizhang.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reminder-service's tick timer ({@code taizhang.reminder.tick}, by outcome) as scraped from {@code /q/metrics}.
 * Polled far more often than the service ticks, so each step of the count is one tick and the step of the sum is
 * its duration.
 */
final class TickTimer {

    static final String COUNT = "taizhang_reminder_tick_seconds_count";
    static final String SUM = "taizhang_reminder_tick_seconds_sum";
    private static final Duration POLL = Duration.ofMillis(200);

    private final StackClient stack;
    private final String url;

    TickTimer(StackClient stack) {
        this.stack = stack;
        this.url = stack.reminderManagement + "/q/metrics";
    }

    /** Count and total seconds of the ticks with this outcome so far. */
    record Reading(double count, double seconds) {}

    Reading read(String outcome) throws IOException, InterruptedException {
        var response = stack.get(url, null);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode());
        }
        Map<String, String> labels = Map.of("outcome", outcome);
        return new Reading(
                PrometheusText.sample(response.body(), COUNT, labels)
                        .orElseThrow(() -> new IOException("No " + COUNT + " of outcome " + outcome + " at " + url)),
                PrometheusText.sample(response.body(), SUM, labels).orElse(0));
    }

    /**
     * Waits for {@code ticks} more ticks with the outcome after {@code from} and returns each one's duration in
     * milliseconds; two ticks seen in one poll share their mean. Fewer when the time runs out.
     */
    List<Double> await(String outcome, Reading from, int ticks, Duration timeout)
            throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        Reading last = from;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (millis.size() < ticks && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            Reading now = read(outcome);
            long more = Math.round(now.count() - last.count());
            for (long i = 0; i < more; i++) {
                millis.add((now.seconds() - last.seconds()) * 1000 / more);
            }
            last = now;
        }
        return millis;
    }
}
