package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Drives deploy/local/stack (stop, start, kill) for the fault tests, with the environment the tests run in. */
public final class StackScript {

    private StackScript() {}

    /** Fault tests stop, kill and restart parts of the stack: only where TAIZHANG_SYSTEST_FAULTS=true says so. */
    public static void assumeFaultsAllowed() {
        Assumptions.assumeTrue(
                "true".equals(System.getenv("TAIZHANG_SYSTEST_FAULTS")),
                "fault tests need TAIZHANG_SYSTEST_FAULTS=true (they stop and kill parts of the stack)");
    }

    /** Runs {@code deploy/local/stack <args>} and fails naming the step when it fails. */
    public static void run(String step, String... args) {
        run(step, Map.of(), args);
    }

    /**
     * Runs {@code deploy/local/stack <args>} with more environment variables (which the services it starts inherit)
     * and fails naming the step when it fails.
     */
    public static void run(String step, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>();
        command.add(script().toString());
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            boolean done = process.waitFor(180, TimeUnit.SECONDS);
            assertThat(done && process.exitValue() == 0)
                    .as("%s: stack %s failed: %s", step, String.join(" ", args), output)
                    .isTrue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The log file of a component the stack started: {@code <state dir>/logs/<name>.log}, the state dir being
     * TAIZHANG_STATE_DIR or deploy/local/.state, as deploy/local/lib/common.sh has it.
     */
    public static Path log(String name) {
        String state = System.getenv("TAIZHANG_STATE_DIR");
        Path dir = state == null || state.isBlank() ? script().getParent().resolve(".state") : Path.of(state.trim());
        return dir.resolve("logs").resolve(name + ".log");
    }

    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/local/stack");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "deploy/local/stack not found above " + Path.of("").toAbsolutePath());
    }
}
