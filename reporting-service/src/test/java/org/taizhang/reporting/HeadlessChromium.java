package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Drives the machine's Chromium headless, as the recipe for this environment says: a fresh profile per run, no
 * sandbox (root), no network chatter. Console messages and uncaught errors come out on stderr with
 * {@code --enable-logging=stderr}; pages without JavaScript should produce none.
 */
final class HeadlessChromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final long TIMEOUT_SECONDS = 60;

    private final String binary;

    private HeadlessChromium(String binary) {
        this.binary = binary;
    }

    /** The installed Chromium; fails the test (never skips it) when there is none. */
    static HeadlessChromium installed() {
        Optional<String> found = Optional.ofNullable(System.getenv("CHROMIUM_BIN"))
                .or(() -> NAMES.stream()
                        .map(HeadlessChromium::onPath)
                        .flatMap(Optional::stream)
                        .findFirst());
        if (found.isEmpty()) {
            fail("Chromium is not installed, so the dashboard cannot be tested in a real browser. Install it with"
                    + " `apt-get install -y chromium chromium-driver` (.ci/run does), or point CHROMIUM_BIN at it.");
        }
        return new HeadlessChromium(found.get());
    }

    /** What a page turned into in the browser, and what the browser logged about it. */
    record Page(String dom, List<String> console) {}

    Page dumpDom(String url) throws IOException, InterruptedException {
        Run run = run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", url));
        List<String> console = run.stderr()
                .lines()
                .filter(line -> line.contains(":CONSOLE") || line.contains("Uncaught"))
                .toList();
        return new Page(run.stdout(), console);
    }

    void screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(List.of(
                "--window-size=" + width + "," + height,
                "--hide-scrollbars",
                "--screenshot=" + png.toAbsolutePath(),
                url));
    }

    private record Run(String stdout, String stderr) {}

    private Run run(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path out = Files.createTempFile("chromium", ".out");
        Path err = Files.createTempFile("chromium", ".err");
        List<String> command = new ArrayList<>(List.of(
                binary,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Run(
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            delete(profile);
        }
    }

    private static Optional<String> onPath(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
