package org.taizhang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time the stack's processes used, read from /proc: where a request's cost goes, which is the reason a rate is what
 * it is. PostgreSQL counts all its processes and the backends that have ended (the postmaster's reaped children, so a
 * pgbench connection closed before the second snapshot still counts); Java processes count every thread (JIT and GC).
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;
    private static final String[] WATCHED = {"assignment-service", "kafka", "reporting-service", "reminder-service"};

    private final Path pids;

    CpuMeter(Path state) {
        this.pids = state.resolve("pids");
    }

    /** CPU seconds used so far by PostgreSQL (all processes named postgres) and each watched process. */
    Map<String, Double> snapshot() throws IOException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("postgres", postgresSeconds());
        for (String name : WATCHED) {
            Path pid = pids.resolve(name + ".pid");
            if (Files.exists(pid)) {
                seconds.put(
                        name, cpuSeconds(Path.of("/proc", Files.readString(pid).trim(), "stat")));
            }
        }
        return seconds;
    }

    /** Milliseconds of CPU per unit of work between two snapshots, by process, as "name 1.23 ms" parts. */
    static String perUnit(Map<String, Double> before, Map<String, Double> after, long units) {
        StringBuilder text = new StringBuilder("CPU per request:");
        after.forEach((name, seconds) -> {
            double used = seconds - before.getOrDefault(name, seconds);
            text.append(String.format(" %s %.2f ms,", name, used * 1000 / Math.max(1, units)));
        });
        text.setLength(text.length() - 1);
        return text.toString();
    }

    private static double postgresSeconds() throws IOException {
        double total = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path dir : processes
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                Path comm = dir.resolve("comm");
                try {
                    if (Files.readString(comm).trim().equals("postgres")) {
                        total += cpuSecondsWithEndedChildren(dir.resolve("stat"));
                    }
                } catch (IOException gone) {
                    // The process ended between the listing and the read: it no longer counts.
                }
            }
        }
        return total;
    }

    /** utime + stime + cutime + cstime (fields 14 to 17): the process and its children that have ended. */
    static double cpuSecondsWithEndedChildren(Path stat) throws IOException {
        String[] fields = fields(stat);
        long ticks = 0;
        for (int i = 11; i <= 14; i++) {
            ticks += Long.parseLong(fields[i]);
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** utime + stime (fields 14 and 15) of /proc/PID/stat; the name field may hold spaces, so count after ")". */
    static double cpuSeconds(Path stat) throws IOException {
        String[] fields = fields(stat);
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static String[] fields(Path stat) throws IOException {
        String line = Files.readString(stat);
        return line.substring(line.lastIndexOf(')') + 2).split(" ");
    }
}
