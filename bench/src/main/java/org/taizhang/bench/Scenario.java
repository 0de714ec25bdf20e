package org.taizhang.bench;

/** One named part of the bench: measures something against the stack and adds its figures to the run. */
@FunctionalInterface
public interface Scenario {

    void measure(BenchRun run) throws Exception;
}
