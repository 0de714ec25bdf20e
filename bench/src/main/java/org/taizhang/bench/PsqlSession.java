package org.taizhang.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One psql connection to a database kept open for many queries: a probe that asks every half second would otherwise pay
 * a process, a backend and an authentication for each question, on the PostgreSQL whose CPU it measures.
 */
final class PsqlSession implements AutoCloseable {

    private static final String END = "--end-of-answer--";

    private final String database;
    private final Process process;
    private final OutputStream in;
    private final BufferedReader out;

    PsqlSession(Path bin, String port, String password, String database) throws IOException {
        this.database = database;
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        bin.resolve("psql").toString(),
                        "-X",
                        "-q",
                        "-A",
                        "-t",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        port,
                        "-U",
                        "postgres",
                        "-d",
                        database))
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        this.process = builder.start();
        this.in = process.getOutputStream();
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** What the query printed, its rows one a line. */
    String run(String sql) throws IOException {
        in.write((sql + ";\n\\echo " + END + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        StringBuilder answer = new StringBuilder();
        for (String line = out.readLine(); !END.equals(line); line = out.readLine()) {
            if (line == null) {
                throw new IOException("psql -d " + database + " ended: " + answer);
            }
            answer.append(answer.length() == 0 ? "" : "\n").append(line);
        }
        return answer.toString().strip();
    }

    /** The single number the query printed. */
    long count(String sql) throws IOException {
        String answer = run(sql);
        try {
            return Long.parseLong(answer);
        } catch (NumberFormatException e) {
            throw new IOException("psql -d " + database + " answered " + answer, e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
        process.destroy();
    }
}
