package org.taizhang.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The province of the scale scenario, written once with generate_series into each service's own database
 * (bench/src/main/resources/bench/scale-*.sql); a marker table in each database makes later runs skip it.
 */
final class ScaleSeed {

    /** Each database with its script, the tables to analyse afterwards and how to take the seeded rows out again. */
    private record Part(String database, String script, String tables, String unseed, String sentinel) {}

    static final String PLAN_DB = "plan_service";
    static final String ASSIGNMENT_DB = "assignment_service";
    static final String REMINDER_DB = "reminder_service";
    static final String REPORTING_DB = "reporting_service";

    /** The province plan: 50 tasks, 2,000 units each. */
    static final String PROVINCE_PLAN = "5ca1e000-0000-4000-8000-000000000001";

    private static final String OURS = " LIKE '5ca1e0%'";
    private static final Map<String, Part> PARTS = Map.of(
            PLAN_DB,
            new Part(
                    PLAN_DB,
                    "scale-plan.sql",
                    "plan, plan_section, plan_task, plan_task_unit",
                    "DELETE FROM plan WHERE id::text" + OURS + ";",
                    "SELECT count(*) FROM plan WHERE id = '" + PROVINCE_PLAN + "'"),
            ASSIGNMENT_DB,
            new Part(
                    ASSIGNMENT_DB,
                    "scale-assignment.sql",
                    "unit, tracked_plan, tracked_task, assignment, progress_report",
                    "DELETE FROM progress_report WHERE assignment_id::text" + OURS + ";"
                            + "DELETE FROM assignment WHERE id::text" + OURS + ";"
                            + "DELETE FROM tracked_task WHERE task_id" + OURS + ";"
                            + "DELETE FROM tracked_plan WHERE plan_id" + OURS + ";"
                            + "DELETE FROM unit WHERE id LIKE '36____-s_____';",
                    "SELECT count(*) FROM assignment WHERE plan_id = '" + PROVINCE_PLAN + "'"),
            REMINDER_DB,
            new Part(
                    REMINDER_DB,
                    "scale-reminder.sql",
                    "tracked_assignment, reminder",
                    "DELETE FROM reminder WHERE assignment_id" + OURS + ";"
                            + "DELETE FROM tracked_assignment WHERE assignment_id" + OURS + ";",
                    "SELECT count(*) FROM tracked_assignment WHERE plan_id = '" + PROVINCE_PLAN + "'"),
            REPORTING_DB,
            new Part(
                    REPORTING_DB,
                    "scale-reporting.sql",
                    "plan, task, assignment, progress_report, status_change, reminder",
                    "DELETE FROM reminder WHERE reminder_id" + OURS + ";"
                            + "DELETE FROM status_change WHERE assignment_id" + OURS + ";"
                            + "DELETE FROM progress_report WHERE report_id" + OURS + ";"
                            + "DELETE FROM assignment WHERE assignment_id" + OURS + ";"
                            + "DELETE FROM task WHERE task_id" + OURS + ";"
                            + "DELETE FROM plan WHERE plan_id" + OURS + ";",
                    "SELECT count(*) FROM assignment WHERE plan_id = '" + PROVINCE_PLAN + "'"));

    private static final String MARKER = "CREATE TABLE IF NOT EXISTS bench_scale_seed"
            + " (part TEXT PRIMARY KEY, seconds NUMERIC NOT NULL, seeded_at TIMESTAMPTZ NOT NULL);";

    private final Psql psql;

    ScaleSeed(Psql psql) {
        this.psql = psql;
    }

    /** Seeds every database whose marker is missing (all of them with {@code reseed}), two at a time. */
    void ensure(boolean reseed) throws Exception {
        // Fewer checkpoints while 20 million rows go in: the stack's own PostgreSQL, not a shared one.
        psql.run("postgres", "ALTER SYSTEM SET max_wal_size = '8GB'; SELECT pg_reload_conf();");
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<List<String>> lanes = List.of(List.of(ASSIGNMENT_DB, PLAN_DB), List.of(REPORTING_DB, REMINDER_DB));
        List<Future<Object>> done = lanes.stream()
                .map(lane -> pool.submit(() -> {
                    for (String db : lane) {
                        ensure(db, reseed);
                    }
                    return null;
                }))
                .toList();
        for (Future<Object> lane : done) {
            lane.get();
        }
        pool.shutdown();
        BenchRun.say(String.format("scale: seed checked in %.0f s", (System.nanoTime() - start) / 1e9));
    }

    /** Seeds one database unless its marker says it is seeded; {@code reseed} takes the seeded rows out first. */
    void ensure(String database, boolean reseed) throws IOException, InterruptedException {
        Part part = PARTS.get(database);
        if (!reseed && seeded(database)) {
            BenchRun.say("scale: " + database + " already seeded ("
                    + psql.run(database, "SELECT seconds || ' s on ' || seeded_at FROM bench_scale_seed") + ")");
            return;
        }
        long start = System.nanoTime();
        if (reseed || psql.count(database, "SELECT count(*) FROM pg_tables WHERE tablename = 'bench_scale_seed'") > 0) {
            BenchRun.say("scale: taking the seeded rows out of " + database);
            psql.run(
                    database,
                    "SET synchronous_commit = off;" + part.unseed() + "DROP TABLE IF EXISTS bench_scale_seed;");
        }
        BenchRun.say("scale: seeding " + database);
        String script = "BEGIN;\n" + resource("scale-common.sql") + resource(part.script()) + MARKER
                + "INSERT INTO bench_scale_seed VALUES ('" + database + "', round(extract(epoch FROM clock_timestamp()"
                + " - now())), now());\nCOMMIT;\nANALYZE " + part.tables() + ";\n";
        psql.run(database, script);
        BenchRun.say(String.format("scale: %s seeded in %.0f s", database, (System.nanoTime() - start) / 1e9));
    }

    /** True when the database holds the marker row of a finished seed. */
    boolean seeded(String database) throws IOException, InterruptedException {
        return psql.count(database, "SELECT count(*) FROM pg_tables WHERE tablename = 'bench_scale_seed'") > 0
                && psql.count(database, "SELECT count(*) FROM bench_scale_seed") > 0
                && psql.count(database, PARTS.get(database).sentinel()) > 0;
    }

    /** Forgets the reporting read model's seed (a rebuild from the topics emptied it) so the next ensure writes it. */
    void forget(String database) throws IOException, InterruptedException {
        psql.run(database, "DROP TABLE IF EXISTS bench_scale_seed;");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ScaleSeed.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IOException("no resource /bench/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n";
        }
    }
}
