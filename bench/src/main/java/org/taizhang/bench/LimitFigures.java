package org.taizhang.bench;

import java.util.Map;

/** The machine's own limit: pgbench running one progress report's writes at 1, 8, 32 clients, and COPY. */
final class LimitFigures implements Scenario {

    @Override
    public void measure(BenchRun run) throws Exception {
        BenchRun.say("limit: pgbench of one report's writes, then COPY");
        PostgresLimit pg = new PostgresLimit(
                run.options().pgBin(), run.options().pgPort(), run.options().pgPassword());
        pg.prepare();
        CpuMeter cpu = new CpuMeter(run.options().state());
        for (int clients : Bench.CLIENTS) {
            Map<String, Double> before = cpu.snapshot();
            double[] result = pg.pgbench(clients, (int) run.options().measure().toSeconds());
            Map<String, Double> after = cpu.snapshot();
            run.limitTps(clients, result[0]);
            long transactions = Math.round(result[0] * run.options().measure().toSeconds());
            run.add(Figure.of("limit", "pgbench report writes, " + clients + " clients", result[0], "tx/s")
                    .noting(String.format(
                            "avg latency %s ms; PostgreSQL CPU per tx %.2f ms",
                            result[1],
                            (after.get("postgres") - before.get("postgres")) * 1000 / Math.max(1, transactions))));
        }
        double copyRate = pg.copy(100_000);
        run.copyRate(copyRate);
        run.add(Figure.of("limit", "COPY 100,000 report rows", copyRate, "rows/s"));
    }
}
