package org.taizhang.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** What a table of figures is only meaningful with: the machine, the date, the commit. */
public record Machine(String cpu, int cores, long memoryMiB, String os, String java, String date, String commit) {

    public static Machine describe() {
        return new Machine(
                cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                readMemoryMiB(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                javaVersions(),
                OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                currentCommit());
    }

    /** The driver's JVM and, as bench/run finds it, the one the stack runs on: they may differ. */
    private static String javaVersions() {
        String stack = System.getenv("TAIZHANG_STACK_JAVA");
        String driver = System.getProperty("java.version");
        return stack == null || stack.isBlank() ? driver : driver + " (the stack: " + stack.trim() + ")";
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch"));
    }

    private static long readMemoryMiB() {
        return procLine("/proc/meminfo", "MemTotal")
                .map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024)
                .orElse(-1L);
    }

    private static Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String currentCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
