package org.taizhang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** What the stack costs the machine: resident memory of each service process, and how long the last start took. */
final class Footprint {

    static final List<String> SERVICES =
            List.of("plan-service", "assignment-service", "reminder-service", "reporting-service");

    private final Path state;

    Footprint(Path state) {
        this.state = state;
    }

    /** One figure per running service: its resident set size from /proc. */
    List<Figure> rss() throws IOException {
        List<Figure> figures = new ArrayList<>();
        for (String service : SERVICES) {
            Path pid = state.resolve("pids").resolve(service + ".pid");
            if (!Files.exists(pid)) {
                continue;
            }
            Path status = Path.of("/proc", Files.readString(pid).trim(), "status");
            if (!Files.exists(status)) {
                continue;
            }
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    double mib = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                    figures.add(Figure.of("footprint", service + " RSS after the run", mib, "MiB")
                            .noting("-Xmx256m, SerialGC"));
                }
            }
        }
        return figures;
    }

    /** Seconds the last `stack up` took when it had services to start, if one was recorded. */
    OptionalInt lastStartSeconds() throws IOException {
        Path file = state.resolve("last-start-seconds");
        return Files.exists(file)
                ? OptionalInt.of(Integer.parseInt(Files.readString(file).trim()))
                : OptionalInt.empty();
    }
}
