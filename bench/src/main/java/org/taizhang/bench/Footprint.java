package org.taizhang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** What the stack costs the machine: resident memory of each service process, and how long the last start took. */
final class Footprint {

    static final List<String> SERVICES =
            List.of("plan-service", "assignment-service", "reminder-service", "reporting-service", "console");

    /** Issue #20: each service, the console included, at most this resident, at rest and under load. */
    static final double RSS_TARGET_MIB = 256;

    /** Issue #20: `stack up` of a built, stopped checkout within this many seconds. */
    static final int START_TARGET_SECONDS = 30;

    private final Path state;

    Footprint(Path state) {
        this.state = state;
    }

    /** The resident set size (VmRSS, MiB) of each running service, read from /proc, by service name. */
    Map<String, Double> rss() throws IOException {
        Map<String, Double> mib = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Path pid = state.resolve("pids").resolve(service + ".pid");
            if (!Files.exists(pid)) {
                continue;
            }
            Path status = Path.of("/proc", Files.readString(pid).trim(), "status");
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        mib.put(service, Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                    }
                }
            } catch (IOException gone) {
                // the process ended between reading its pid and its status: no figure
            }
        }
        return mib;
    }

    /**
     * CPU-seconds each process of the stack had used when the last `stack up` that started services ended, by name, in
     * the order recorded; empty when none was.
     */
    Map<String, Double> lastStartCpuSeconds() throws IOException {
        Path file = state.resolve("last-start-cpu-seconds");
        Map<String, Double> seconds = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    seconds.put(parts[0], Double.parseDouble(parts[1]));
                }
            }
        }
        return seconds;
    }

    /** Seconds the last `stack up` took when it had services to start, if one was recorded. */
    OptionalInt lastStartSeconds() throws IOException {
        Path file = state.resolve("last-start-seconds");
        return Files.exists(file)
                ? OptionalInt.of(Integer.parseInt(Files.readString(file).trim()))
                : OptionalInt.empty();
    }
}
