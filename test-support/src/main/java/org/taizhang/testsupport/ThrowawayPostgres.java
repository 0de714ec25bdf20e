package org.taizhang.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster in a temporary directory, run from the machine's server binaries on a free port, as Dev Services
 * would without containers. As root it runs as the {@code postgres} OS user, since PostgreSQL refuses root.
 */
public final class ThrowawayPostgres {

    public static final String PASSWORD = "taizhang-test";
    private static ThrowawayPostgres shared;

    private final Path dir;
    private final Path bin;
    private final int port;

    private ThrowawayPostgres(Path dir, Path bin, int port) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
    }

    /** The one cluster of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized ThrowawayPostgres shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "throwaway-postgres-stop"));
        }
        return shared;
    }

    public static ThrowawayPostgres start() {
        try {
            Path bin = PostgresBinaries.find();
            Path dir = Files.createTempDirectory("taizhang-pg-");
            Files.writeString(dir.resolve("pw"), PASSWORD, StandardCharsets.UTF_8);
            handOverToPostgresUser(dir);
            ThrowawayPostgres postgres = new ThrowawayPostgres(dir, bin, freePort());
            postgres.initAndStart();
            return postgres;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a throwaway PostgreSQL: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public synchronized String createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), PASSWORD);
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE \"" + database + "\"");
            }
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    public void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException e) {
            // Already stopped; the directory still goes.
        }
        deleteQuietly(dir);
    }

    private void initAndStart() {
        run(List.of(
                bin.resolve("initdb").toString(),
                "-D",
                data(),
                "-U",
                "postgres",
                "--pwfile=" + dir.resolve("pw"),
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync"));
        String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=200"
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        run(List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data(),
                "-l",
                dir.resolve("postgres.log").toString(),
                "-o",
                options,
                "-w",
                "start"));
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Path log = Files.createTempFile("taizhang-pg-cmd-", ".log");
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                String output = Files.readString(log);
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + full.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted running " + full.get(0), e);
        }
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void handOverToPostgresUser(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        if (runningAsRoot()) {
            UserPrincipal postgres =
                    dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            Files.setOwner(dir.resolve("pw"), postgres);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Left in the temp directory; nothing depends on it.
        }
    }
}
