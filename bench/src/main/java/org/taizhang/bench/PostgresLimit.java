package org.taizhang.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine's own limit for progress writes: pgbench running exactly a report's writes on a copy of
 * assignment-service's schema in the stack's PostgreSQL, and COPY of report rows into the same table.
 */
public final class PostgresLimit {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    static final String DATABASE = "bench_limit";

    private final Path bin;
    private final Map<String, String> env;
    private final List<String> connection;

    public PostgresLimit(Path bin, String port, String password) {
        this.bin = bin;
        this.env = Map.of("PGPASSWORD", password);
        this.connection = List.of("-h", "127.0.0.1", "-p", port, "-U", "postgres");
    }

    /** Drops and recreates the limit database from assignment-service's live schema, then seeds it. */
    public void prepare() throws IOException, InterruptedException {
        psql("postgres", "-c", "DROP DATABASE IF EXISTS " + DATABASE);
        psql("postgres", "-c", "CREATE DATABASE " + DATABASE);
        String schema = run(null, command("pg_dump", "--schema-only", "--no-owner", "-d", "assignment_service"));
        run(schema, command("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", DATABASE));
        run(resource("limit-seed.sql"), command("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", DATABASE));
    }

    /** Transactions per second and average latency (ms) of the report script at the client count. */
    public double[] pgbench(int clients, int seconds) throws IOException, InterruptedException {
        Path script = Files.createTempFile("limit-report", ".sql");
        Files.writeString(script, resource("limit-report.sql"));
        String out = run(
                null,
                command(
                        "pgbench",
                        "-n",
                        "-M",
                        "prepared",
                        "-c",
                        String.valueOf(clients),
                        "-j",
                        String.valueOf(Math.min(clients, 2)),
                        "-T",
                        String.valueOf(seconds),
                        "-f",
                        script.toString(),
                        DATABASE));
        Files.deleteIfExists(script);
        return new double[] {number(TPS, out), number(LATENCY, out)};
    }

    /** Rows per second of COPY FROM STDIN of report rows into the limit database. */
    public double copy(int rows) throws IOException, InterruptedException {
        StringBuilder data = new StringBuilder(rows * 200);
        for (int i = 0; i < rows; i++) {
            String assignment = String.format("00000000-0000-0000-0000-%012d", 1 + i % 1000);
            data.append(java.util.UUID.randomUUID())
                    .append('\t')
                    .append(assignment)
                    .append("\tbench-copy\tINTEGRATION\tcopy-")
                    .append(i)
                    .append('\t')
                    .append(String.format("%064d", i))
                    .append("\tIN_PROGRESS\tIN_PROGRESS\t按计划推进\t50\t")
                    .append("{https://www.example.gov.cn/zwgk/2026/t1.html}\t2026-11-22 08:00:00+00\t")
                    .append("2026-11-22 08:00:00+00\tt\n");
        }
        long start = System.nanoTime();
        run(
                data.toString(),
                command(
                        "psql",
                        "-X",
                        "-q",
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-d",
                        DATABASE,
                        "-c",
                        "COPY progress_report (id, assignment_id, reporter, reported_via, client_report_id, fingerprint,"
                                + " previous_status, status, summary, percent, evidence, reported_at, received_at, applied)"
                                + " FROM STDIN"));
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    private void psql(String database, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database));
        cmd.addAll(List.of(args));
        run(null, cmd);
    }

    private List<String> command(String program, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(bin.resolve(program).toString());
        cmd.addAll(connection);
        cmd.addAll(List.of(args));
        return cmd;
    }

    private String run(String input, List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        Thread feeder = new Thread(() -> {
            try (var in = process.getOutputStream()) {
                if (input != null) {
                    in.write(input.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException ignored) {
                // the process ended early; its output says why
            }
        });
        feeder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        feeder.join();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd.subList(0, 1)) + " failed: " + out);
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PostgresLimit.class.getResourceAsStream("/bench/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("pgbench printed no " + pattern + ": " + text);
        }
        return Double.parseDouble(m.group(1));
    }
}
