package org.taizhang.bench;

/** Resident memory of each service and the last stack start time. */
final class FootprintFigures implements Scenario {

    @Override
    public void measure(BenchRun run) throws Exception {
        Footprint footprint = new Footprint(run.options().state());
        footprint.rss().forEach(run::add);
        footprint
                .lastStartSeconds()
                .ifPresent(s ->
                        run.add(Figure.of("footprint", "stack start (last `stack up` that started services)", s, "s")));
    }
}
