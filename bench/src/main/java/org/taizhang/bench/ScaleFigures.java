package org.taizhang.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.bench.BenchOptions.ScalePart;

/**
 * Issue #20's province: seeds it once (ScaleSeed), then times the assignment lists, the overdue list, the 100,000-assignment plan's
 * reports and dashboard pages, province scorecards, a unit's ledger, a 100,000-assignment fan-out through the APIs
 * and a rebuild of reporting-service's read model, with EXPLAIN of the slowest statements in bench/results.
 */
final class ScaleFigures implements Scenario {

    static final String PLAN = ScaleSeed.PROVINCE_PLAN;
    static final String TASK = "5ca1e001-0000-4000-8000-000000000001";
    static final String UNIT = "360101-s00657";
    static final String COUNTY = "360101";
    static final String CITY = "360100";
    static final String PROVINCE = "360000";
    /** How many pages of the office's overdue list the deep-page probe follows before the page it times. */
    static final int OVERDUE_DEPTH = 20;

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Override
    public void measure(BenchRun run) throws Exception {
        long start = System.nanoTime();
        BenchOptions options = run.options();
        Psql psql = new Psql(options.pgBin(), options.pgPort(), options.pgPassword());
        ScaleSeed seed = new ScaleSeed(psql);
        seed.ensure(options.reseed());
        ScalePart only = options.only();
        if (only == ScalePart.SEED) {
            return; // seeding needs no quiet machine; the probes are run later, alone
        }
        StackClient stack = new StackClient();
        String token = stack.userToken("office");
        ScaleScorecards scorecards =
                new ScaleScorecards(stack, token, psql, options.state().resolve("logs"));
        ScaleFanOut fanOut = new ScaleFanOut(stack, token, psql, new CpuMeter(options.state()));
        ScaleRebuild rebuild = new ScaleRebuild(stack, token, seed);
        switch (only) {
            case SCORECARDS -> scorecards.measure(run, true);
            case FAN_OUT -> fanOut.measure(run);
            case REBUILD -> rebuild.measure(run);
            case LISTS -> reads(run, options, stack, token, psql, null);
            default -> {
                fanOut.measure(run);
                QuietMachine.await(Duration.ofMinutes(2)); // the fan-out's events still being consumed
                reads(run, options, stack, token, psql, scorecards);
                if (!options.skipRebuild()) {
                    rebuild.measure(run);
                }
            }
        }
        BenchRun.say(String.format("scale: the scenario took %.0f s", (System.nanoTime() - start) / 1e9));
    }

    /** The lists, the overdue lists, the plan's reports and dashboards, and the scorecards unless null; EXPLAIN after. */
    private static void reads(
            BenchRun run, BenchOptions options, StackClient stack, String token, Psql psql, ScaleScorecards scorecards)
            throws Exception {
        ScaleProbe probe = new ScaleProbe(stack, token);
        SlowQueries slow = new SlowQueries(psql, options.state().resolve("logs/postgres.log"));
        slow.start();
        for (String[] list : lists()) {
            run.add(probe.measure("list " + list[0], stack.assignment + "/api/assignments?" + list[1], null, 100));
        }
        overdue(run, stack, token, probe);
        reports(run, stack, probe);
        if (scorecards != null) {
            scorecards.measure(run, false);
        }
        slow.stop();
        slow.explainSlowest(5, options.output().resolveSibling("scale-explain.txt"));
    }

    /** Every list the issue names: a unit's, a county's, a city's and the office's, with each filter and sort. */
    static List<String[]> lists() {
        List<String[]> lists = new ArrayList<>();
        String[][] scopes = {
            {"unit " + UNIT, "unitId=" + UNIT}, {"county " + COUNTY, "regionCode=" + COUNTY},
            {"city " + CITY + " (with its counties)", "regionCode=" + CITY}, {"office, all 2,000,000", ""}
        };
        String[][] filters = {
            {"", ""},
            {", by due date", "sort=DUE"},
            {", IN_PROGRESS", "status=IN_PROGRESS"},
            {", overdue", "overdue=true"},
            {", not overdue, by due date", "overdue=false&sort=DUE"}
        };
        for (String[] scope : scopes) {
            for (String[] filter : filters) {
                String query = String.join("&", List.of(scope[1], filter[1])).replaceAll("^&|&$", "");
                lists.add(new String[] {scope[0] + filter[0], query});
            }
        }
        lists.add(new String[] {"office, province plan (100,000)", "planId=" + PLAN});
        lists.add(
                new String[] {"office, province plan, overdue by due date", "planId=" + PLAN + "&overdue=true&sort=DUE"
                });
        // numbered pages reach the first 10,000 of a list (further on through the cursor): the last of them
        lists.add(new String[] {"office, province plan, page 20 of 500", "planId=" + PLAN + "&size=500&page=19"});
        lists.add(new String[] {"office, one task (2,000)", "taskId=" + TASK});
        lists.add(new String[] {"office, COMPLETED, page 200 of 50", "status=COMPLETED&page=199"});
        return lists;
    }

    /** reporting-service's overdue list (about 1,000,000 of the province): the office's, a county's, a unit's, a plan's. */
    static List<String[]> overdueLists() {
        return List.of(
                new String[] {"office, no filter, first page", ""},
                new String[] {"county " + COUNTY, "regionCode=" + COUNTY},
                new String[] {"unit " + UNIT, "unitId=" + UNIT},
                new String[] {"province plan", "planId=" + PLAN});
    }

    private static void overdue(BenchRun run, StackClient stack, String token, ScaleProbe probe) throws Exception {
        String list = stack.reporting + "/api/reports/overdue";
        for (String[] query : overdueLists()) {
            run.add(probe.measure("overdue list " + query[0], list + "?" + query[1], null, 100));
        }
        String deep = deepPage(stack, token, list + "?size=100", OVERDUE_DEPTH);
        run.add(
                deep == null
                        ? Figure.of(
                                        "scale",
                                        "overdue list office, page " + (OVERDUE_DEPTH + 1) + " of 100, p99",
                                        0,
                                        "ms")
                                .noting("failed: the list ended or answered an error before that page")
                                .against("<= 100 ms", false)
                        : probe.measure(
                                "overdue list office, page " + (OVERDUE_DEPTH + 1) + " of 100", deep, null, 100));
    }

    /** The URL of the page after {@code depth} pages of a cursor-paged list, or null if the list ends first. */
    static String deepPage(StackClient stack, String token, String first, int depth) throws Exception {
        String url = first;
        for (int i = 0; i < depth; i++) {
            var answer = stack.getBytes(url, token, null);
            List<String> next = answer.statusCode() == 200
                    ? StackClient.values(new String(answer.body(), StandardCharsets.UTF_8), "next")
                    : List.of();
            if (next.isEmpty()) {
                return null;
            }
            url = first + "&after=" + StackClient.encode(next.get(0));
        }
        return url;
    }

    private static void reports(BenchRun run, StackClient stack, ScaleProbe probe) {
        String plan = stack.reporting + "/api/reports/plans/" + PLAN;
        String dashboard = stack.reporting + "/dashboard";
        run.add(probe.measure("plan summary with sections, 100,000 assignments", plan + "/summary", null, 300));
        run.add(probe.measure("task detail, 2,000 assignments", plan + "/tasks/" + TASK, null, 300));
        run.add(probe.measure("county roll-up, 128 derived plans", plan + "/rollup", null, 300));
        run.add(probe.measure("dashboard plans of 2026, 2,000 plans", dashboard + "?year=2026", null, 300));
        run.add(probe.measure("dashboard plan page, 100,000 assignments", dashboard + "/plans/" + PLAN, null, 300));
        run.add(probe.measure("dashboard task page", dashboard + "/plans/" + PLAN + "/tasks/" + TASK, null, 300));
        run.add(probe.measure("dashboard unit page", dashboard + "/units/" + UNIT + "?year=2026", null, 300));
        run.add(probe.measure("annual report JSON, 100,000 assignments", plan + "/annual", null, 300));
        run.add(probe.measure("annual report .xlsx, 100,000 assignments", plan + "/annual?format=xlsx", null, 300));
        String ledger = stack.assignment + "/api/units/" + UNIT + "/ledger?year=2026";
        run.add(probe.measure("unit ledger JSON", ledger, null, 0));
        run.add(probe.measure("unit ledger .xlsx export", ledger + "&format=xlsx", XLSX, 0));
    }
}
