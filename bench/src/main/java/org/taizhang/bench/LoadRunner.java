package org.taizhang.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Closed-loop load: N clients each repeating a call for a fixed time, after a warm-up that is not counted. */
public final class LoadRunner {

    /** One call of the workload; returns false for an error answer. */
    @FunctionalInterface
    public interface Call {
        boolean run(int client) throws Exception;
    }

    /** Throughput and latencies of one run. */
    public record Run(int clients, double seconds, Latencies latencies) {
        public double perSecond() {
            return latencies.count() / seconds;
        }
    }

    public Run run(int clients, Duration warmUp, Duration measure, Call call) throws Exception {
        drive(clients, warmUp, call);
        long start = System.nanoTime();
        Latencies latencies = drive(clients, measure, call);
        return new Run(clients, (System.nanoTime() - start) / 1e9, latencies);
    }

    private static Latencies drive(int clients, Duration length, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + length.toNanos();
        List<Future<Latencies>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> loop(client, end, call)));
        }
        Latencies all = new Latencies();
        for (Future<Latencies> result : results) {
            all.addAll(result.get());
        }
        pool.shutdown();
        return all;
    }

    private static Latencies loop(int client, long end, Call call) {
        Latencies mine = new Latencies();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
                if (call.run(client)) {
                    mine.add(System.nanoTime() - start);
                } else {
                    mine.error();
                }
            } catch (Exception e) {
                mine.error();
            }
        }
        return mine;
    }
}
