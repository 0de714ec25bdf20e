package org.taizhang.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slowest statements the services sent while the probes ran, from PostgreSQL's own log
 * (log_min_duration_statement, switched on for the probes only), each explained again with EXPLAIN (ANALYZE,
 * BUFFERS) and its logged parameters written in as literals.
 */
final class SlowQueries {

    private static final Pattern ENTRY = Pattern.compile(
            "^\\S+ \\S+ \\S+ \\[\\d+\\] (\\S+) LOG:  duration: ([\\d.]+) ms  (?:execute [^:]*|statement): (.*)$",
            Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = ('(?:[^']|'')*'|NULL)");
    private static final Pattern LINE_START = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");

    /** One logged statement: where it ran, how long it took, its text and its parameters in order. */
    record Statement(String database, double millis, String sql, Map<Integer, String> parameters) {}

    private final Psql psql;
    private final Path log;
    private long offset;

    SlowQueries(Psql psql, Path log) {
        this.psql = psql;
        this.log = log;
    }

    /** Logs every statement of 50 ms or more, with its database, from now on. */
    void start() throws Exception {
        offset = Files.exists(log) ? Files.size(log) : 0;
        psql.run(
                "postgres",
                "ALTER SYSTEM SET log_min_duration_statement = 50;"
                        + "ALTER SYSTEM SET log_line_prefix = '%m [%p] %d ';SELECT pg_reload_conf();");
    }

    void stop() throws Exception {
        psql.run("postgres", "ALTER SYSTEM RESET log_min_duration_statement; SELECT pg_reload_conf();");
    }

    /** EXPLAIN of the slowest distinct statements, written to the file; a summary line each on the console. */
    void explainSlowest(int how, Path out) throws Exception {
        Map<String, Statement> slowest = new LinkedHashMap<>();
        for (Statement s : read()) {
            Statement before = slowest.get(s.sql());
            if (before == null || before.millis() < s.millis()) {
                slowest.put(s.sql(), s);
            }
        }
        List<Statement> top = slowest.values().stream()
                .sorted(Comparator.comparingDouble(Statement::millis).reversed())
                .limit(how)
                .toList();
        StringBuilder text = new StringBuilder("# The slowest statements of `bench/run scale` (slowest logged time,"
                + " then EXPLAIN (ANALYZE, BUFFERS) run again)\n\n");
        for (Statement s : top) {
            String sql = literal(s.sql(), s.parameters());
            String plan;
            try {
                plan = psql.run(s.database(), "EXPLAIN (ANALYZE, BUFFERS) " + sql);
            } catch (IOException e) {
                plan = "EXPLAIN failed: " + e.getMessage();
            }
            BenchRun.say(
                    String.format("scale: slow statement %.0f ms in %s: %s", s.millis(), s.database(), brief(sql)));
            text.append(String.format(
                    "## %.0f ms, %s%n%n```sql%n%s%n```%n%n```%n%s%n```%n%n", s.millis(), s.database(), sql, plan));
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, text.toString());
        BenchRun.say("scale: EXPLAIN of " + top.size() + " statements written to " + out);
    }

    private List<Statement> read() throws IOException {
        List<String> entries = new ArrayList<>();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(Math.min(offset, file.length()));
            byte[] bytes = new byte[(int) (file.length() - file.getFilePointer())];
            file.readFully(bytes);
            StringBuilder entry = null;
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (LINE_START.matcher(line).find()) {
                    if (entry != null) {
                        entries.add(entry.toString());
                    }
                    entry = new StringBuilder(line);
                } else if (entry != null) {
                    entry.append('\n').append(line);
                }
            }
            if (entry != null) {
                entries.add(entry.toString());
            }
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Matcher m = ENTRY.matcher(entries.get(i));
            if (!m.find()) {
                continue;
            }
            Map<Integer, String> parameters = new LinkedHashMap<>();
            if (i + 1 < entries.size() && entries.get(i + 1).contains("DETAIL:  parameters:")) {
                Matcher p = PARAMETER.matcher(entries.get(i + 1));
                while (p.find()) {
                    parameters.put(Integer.parseInt(p.group(1)), p.group(2));
                }
            }
            statements.add(new Statement(
                    m.group(1), Double.parseDouble(m.group(2)), m.group(3).strip(), parameters));
        }
        return statements;
    }

    /** The statement with $n replaced by its logged value, highest n first so that $1 does not eat $10. */
    static String literal(String sql, Map<Integer, String> parameters) {
        String out = sql;
        List<Integer> numbers = new ArrayList<>(parameters.keySet());
        numbers.sort(Comparator.reverseOrder());
        for (int n : numbers) {
            out = out.replace("$" + n, parameters.get(n));
        }
        return out;
    }

    private static String brief(String sql) {
        String one = sql.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}
