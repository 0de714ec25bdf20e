package org.taizhang.testsupport;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Wall time, CPU time of the calling thread and CPU time of the local PostgreSQL processes (from /proc), over some
 * work: for in-process measurements that are printed, never asserted on.
 */
public final class CpuMeter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final double TICK_MILLIS = 10.0; // USER_HZ is 100 on Linux

    private CpuMeter() {}

    /** What {@code work} cost; PostgreSQL's figure is 0 where /proc cannot be read. */
    public static Cost of(Runnable work) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long postgres = postgresTicks();
        work.run();
        return new Cost(
                (System.nanoTime() - wall) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6,
                (postgresTicks() - postgres) * TICK_MILLIS);
    }

    private static long postgresTicks() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes
                    .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(CpuMeter::ticksIfPostgres)
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long ticksIfPostgres(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int close = stat.lastIndexOf(')');
            if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return 0; // gone meanwhile, or not ours to read
        }
    }

    /** Milliseconds of wall time, of the calling thread's CPU and of PostgreSQL's CPU. */
    public record Cost(double wallMillis, double threadCpuMillis, double postgresCpuMillis) {

        /** Per event, as one line for a report. */
        public String per(int events) {
            return "%.3f ms wall, %.3f ms consumer CPU, %.3f ms PostgreSQL CPU per event (%d events)"
                    .formatted(wallMillis / events, threadCpuMillis / events, postgresCpuMillis / events, events);
        }
    }
}
