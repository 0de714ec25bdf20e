package org.taizhang.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** psql on the stack's PostgreSQL as its superuser: SQL in on stdin, rows out unaligned, one line each. */
final class Psql {

    private final Path bin;
    private final String port;
    private final String password;

    Psql(Path bin, String port, String password) {
        this.bin = bin;
        this.port = port;
        this.password = password;
    }

    /** Runs the script in the database and returns what its queries printed; fails on the first error. */
    String run(String database, String sql) throws IOException, InterruptedException {
        List<String> cmd = List.of(
                bin.resolve("psql").toString(),
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                "127.0.0.1",
                "-p",
                port,
                "-U",
                "postgres",
                "-d",
                database);
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(sql.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("psql -d " + database + " failed: " + out);
        }
        return out.strip();
    }

    /** A connection to the database kept open for many queries, for a probe that asks often. */
    PsqlSession session(String database) throws IOException {
        return new PsqlSession(bin, port, password, database);
    }

    /** The single number a query printed. */
    long count(String database, String sql) throws IOException, InterruptedException {
        return Long.parseLong(run(database, sql));
    }
}
