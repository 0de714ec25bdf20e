package org.taizhang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints the figures as a Markdown table and writes them as JSON (by hand: the bench has no dependencies). */
public final class Report {

    private Report() {}

    public static String table(Machine machine, List<Figure> figures) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "Machine: %s, %d cores, %d MiB, %s, Java %s%nDate: %s  Commit: %s%n%n",
                machine.cpu(),
                machine.cores(),
                machine.memoryMiB(),
                machine.os(),
                machine.java(),
                machine.date(),
                machine.commit()));
        out.append("| Scenario | Figure | Value | Target | Met | Note |\n|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s %s | %s | %s | %s |%n",
                    f.scenario(),
                    f.name(),
                    format(f.value()),
                    f.unit(),
                    f.target(),
                    f.met() == null ? "" : f.met() ? "met" : "NOT met",
                    f.note()));
        }
        return out.toString();
    }

    public static void writeJson(Path file, Machine machine, List<Figure> figures) throws IOException {
        String items = figures.stream()
                .map(f -> String.format(
                        Locale.ROOT,
                        "{\"scenario\":%s,\"name\":%s,\"value\":%s,\"unit\":%s,\"target\":%s,\"met\":%s,\"note\":%s}",
                        quote(f.scenario()),
                        quote(f.name()),
                        format(f.value()),
                        quote(f.unit()),
                        quote(f.target()),
                        f.met(),
                        quote(f.note())))
                .collect(Collectors.joining(",\n    ", "[\n    ", "\n  ]"));
        String json = String.format(
                Locale.ROOT,
                "{\n  \"machine\": {\"cpu\":%s,\"cores\":%d,\"memoryMiB\":%d,\"os\":%s,\"java\":%s},\n"
                        + "  \"date\": %s,\n  \"commit\": %s,\n  \"figures\": %s\n}\n",
                quote(machine.cpu()),
                machine.cores(),
                machine.memoryMiB(),
                quote(machine.os()),
                quote(machine.java()),
                quote(machine.date()),
                quote(machine.commit()),
                items);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }

    private static String format(double value) {
        return value >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
