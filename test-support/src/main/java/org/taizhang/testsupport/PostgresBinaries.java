package org.taizhang.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the PostgreSQL server binaries: {@code PG_BINDIR}, then Debian's layout, then {@code initdb} on the PATH. */
final class PostgresBinaries {

    private PostgresBinaries() {}

    static Path find() {
        return fromEnv()
                .or(PostgresBinaries::fromDebianLayout)
                .or(PostgresBinaries::fromPath)
                .orElseThrow(() -> new IllegalStateException(
                        "PostgreSQL server binaries not found (initdb, pg_ctl): apt-get install -y postgresql,"
                                + " or set PG_BINDIR"));
    }

    private static Optional<Path> fromEnv() {
        return Optional.ofNullable(System.getenv("PG_BINDIR")).map(Path::of).filter(PostgresBinaries::hasServer);
    }

    private static Optional<Path> fromDebianLayout() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(PostgresBinaries::hasServer)
                    .max(Comparator.comparingInt(PostgresBinaries::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> fromPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(":"))
                .map(Path::of)
                .filter(PostgresBinaries::hasServer)
                .findFirst()
                .map(dir -> {
                    try {
                        return dir.resolve("initdb").toRealPath().getParent();
                    } catch (IOException e) {
                        return dir;
                    }
                });
    }

    private static boolean hasServer(Path dir) {
        return Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl"));
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
