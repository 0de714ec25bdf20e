package org.taizhang.bench;

import java.util.Arrays;

/** Latencies of one run in microseconds, with the percentiles the tables show. */
public final class Latencies {

    private long[] micros = new long[1024];
    private int count;
    private int errors;

    public synchronized void add(long elapsedNanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = elapsedNanos / 1_000;
    }

    public synchronized void error() {
        errors++;
    }

    public synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = other.micros[i];
        }
        errors += other.errors;
    }

    public synchronized int count() {
        return count;
    }

    public synchronized int errors() {
        return errors;
    }

    /** The q-quantile (0..1) in milliseconds, nearest-rank; 0 when nothing was measured. */
    public synchronized double percentileMillis(double q) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1000.0;
    }
}
