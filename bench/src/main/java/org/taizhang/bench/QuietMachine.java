package org.taizhang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits until the machine's CPUs are nearly idle, so that the event backlog one scenario leaves (reminder- and
 * reporting-service still consuming its reports) does not load the scenario measured after it.
 */
final class QuietMachine {

    private static final double QUIET_BUSY = 0.25;
    private static final Duration SAMPLE = Duration.ofSeconds(2);
    private static final int QUIET_SAMPLES_NEEDED = 2;

    private QuietMachine() {}

    /** Returns once two samples in a row show the CPUs under a quarter busy, or after {@code max}. */
    static void await(Duration max) throws IOException, InterruptedException {
        long started = System.nanoTime();
        long[] before = readCpu();
        int quiet = 0;
        double busy = 1;
        while (quiet < QUIET_SAMPLES_NEEDED && System.nanoTime() - started < max.toNanos()) {
            Thread.sleep(SAMPLE.toMillis());
            long[] after = readCpu();
            long total = after[0] - before[0];
            busy = total == 0 ? 0 : 1 - (double) (after[1] - before[1]) / total;
            quiet = busy < QUIET_BUSY ? quiet + 1 : 0;
            before = after;
        }
        BenchRun.say("waited %d s for the machine to settle (CPUs %.0f %% busy%s)"
                .formatted(
                        Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                        busy * 100,
                        quiet < QUIET_SAMPLES_NEEDED ? ", gave up waiting" : ""));
    }

    /** Total and idle (idle + iowait) jiffies of all CPUs, from the first line of /proc/stat. */
    private static long[] readCpu() throws IOException {
        String[] fields =
                Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    }
}
