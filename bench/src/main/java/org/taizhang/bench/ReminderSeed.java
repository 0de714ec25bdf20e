package org.taizhang.bench;

import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The reminders scenario's rows, written straight into reminder-service's database: tracked assignments with ids
 * {@value #PREFIX}…, and everything the reminders they are issued cause there and in reporting-service's database.
 */
final class ReminderSeed {

    static final String PREFIX = "bench-rem-";
    static final String REMINDER_DB = "reminder_service";
    static final String REPORTING_DB = "reporting_service";

    /** The tick's claim (TickBatch.CLAIM) with the tick batch size, as the service sends it. */
    static final String CLAIM = "SELECT * FROM tracked_assignment WHERE next_fire_at <= now()"
            + " ORDER BY next_fire_at LIMIT 1000 FOR UPDATE SKIP LOCKED";

    private static final String OURS = " LIKE '" + PREFIX + "%'";

    private final Psql psql;

    ReminderSeed(Psql psql) {
        this.psql = psql;
    }

    /**
     * {@code total} open FIXED assignments, ten plans, a thousand units, none of them due yet: the first {@code
     * overdue} have a deadline three days ago (one reminder each once they come due), the others at the end of 2030.
     * Fire times are spread over the weeks ahead, as a real schedule's would be.
     */
    void seed(int total, int overdue) throws IOException, InterruptedException {
        String sql = """
                INSERT INTO tracked_assignment (assignment_id, plan_id, task_id, task_number, task_title, unit_id,
                    unit_name, region_code, role, deadline_raw, deadline_kind, due_date, status, created_at,
                    next_fire_at, updated_at)
                SELECT '%1$s' || lpad(i::text, 7, '0'), '%1$splan-' || (i %% 10), '%1$stask-' || (i / 10),
                    (i %% 100)::text, '做好政策解读发布工作', '%1$sunit-' || (i %% 1000), '基准测试单位' || (i %% 1000),
                    '999901', 'RESPONSIBLE',
                    CASE WHEN i <= %3$d THEN '已到期' ELSE '2030年底前' END, 'FIXED',
                    CASE WHEN i <= %3$d THEN (now() AT TIME ZONE 'Asia/Shanghai')::date - 3 ELSE DATE '2030-12-31' END,
                    'NOT_STARTED', now() - interval '90 days',
                    now() + interval '30 days' + (i %% 1000) * interval '1 hour', now()
                FROM generate_series(1, %2$d) AS i;
                ANALYZE tracked_assignment;
                """;
        psql.run(REMINDER_DB, sql.formatted(PREFIX, total, overdue));
    }

    /** Makes assignments {@code from..to} due now, in one transaction: the next tick finds them all. */
    void makeDue(int from, int to) throws IOException, InterruptedException {
        String sql = """
                UPDATE tracked_assignment SET next_fire_at = now() - interval '1 minute'
                WHERE assignment_id IN (SELECT '%s' || lpad(i::text, 7, '0') FROM generate_series(%d, %d) AS i);
                """;
        psql.run(REMINDER_DB, sql.formatted(PREFIX, from, to));
    }

    /** Reminders issued for our assignments. */
    long reminders() throws IOException, InterruptedException {
        return psql.count(REMINDER_DB, "SELECT count(*) FROM reminder WHERE assignment_id" + OURS);
    }

    /** Reminders of ours that reporting-service has applied from ReminderIssued. */
    long reportedReminders() throws IOException, InterruptedException {
        return psql.count(REPORTING_DB, "SELECT count(*) FROM reminder WHERE assignment_id" + OURS);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the claim, rolled back, on one line. */
    String explainClaim() throws IOException, InterruptedException {
        String plan = psql.run(REMINDER_DB, "BEGIN;\nEXPLAIN (ANALYZE, BUFFERS) " + CLAIM + ";\nROLLBACK;\n");
        return Arrays.stream(plan.split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("; "));
    }

    /**
     * Removes every row of ours: deliveries, reminders and outbox rows, then the assignments, in reminder-service;
     * applied reminders and inbox entries in reporting-service. Safe to run when there is nothing to remove. The
     * assignments' table is rewritten (about a second under an exclusive lock): a million rows deleted would leave it
     * and its indexes hundreds of MB larger, slowing every later run and the stack itself.
     */
    void cleanUp() throws IOException, InterruptedException {
        psql.run(REMINDER_DB, """
                BEGIN;
                DELETE FROM delivery d USING reminder r WHERE d.reminder_id = r.id AND r.assignment_id%1$s;
                DELETE FROM reminder WHERE assignment_id%1$s;
                DELETE FROM outbox_event WHERE record_key%1$s;
                DELETE FROM tracked_assignment WHERE assignment_id%1$s;
                COMMIT;
                VACUUM FULL ANALYZE tracked_assignment;
                VACUUM ANALYZE reminder, delivery, outbox_event;
                """.formatted(OURS));
        psql.run(REPORTING_DB, """
                BEGIN;
                DELETE FROM reminder WHERE assignment_id%1$s;
                DELETE FROM inbox_event WHERE subject%1$s;
                COMMIT;
                VACUUM ANALYZE reminder, inbox_event;
                """.formatted(OURS));
    }
}
