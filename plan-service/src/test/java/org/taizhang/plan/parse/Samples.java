package org.taizhang.plan.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared sample plans: walks up from the working directory to a {@code shared/samples} beside it. */
public final class Samples {

    public static final String ONE_CELL_PER_LINE = "city-plan-one-cell-per-line.txt";
    public static final String LEAD_AND_STATUS = "city-plan-rows-with-lead-and-status.txt";
    public static final String SECTION_COLUMN = "city-plan-rows-with-section-column.txt";

    private Samples() {}

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(directory().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path directory() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            for (Path candidate : new Path[] {dir.resolve("shared/samples"), dir.resolve("../shared/samples")}) {
                if (Files.isDirectory(candidate)) {
                    return candidate.normalize();
                }
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/samples not found above " + System.getProperty("user.dir"));
    }
}
