package org.taizhang.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What one bench run shares between its scenarios: the options, the figures so far and the measured limits. */
public final class BenchRun {

    private final BenchOptions options;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<Integer, Double> limitTps = new HashMap<>();
    private double copyRate;

    BenchRun(BenchOptions options) {
        this.options = options;
    }

    public BenchOptions options() {
        return options;
    }

    public void add(Figure figure) {
        figures.add(figure);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** pgbench's rate at this client count, when the limit scenario ran first in this run. */
    public Double limitTps(int clients) {
        return limitTps.get(clients);
    }

    void limitTps(int clients, double tps) {
        limitTps.put(clients, tps);
    }

    /** COPY's rows per second, or 0 when the limit scenario did not run. */
    public double copyRate() {
        return copyRate;
    }

    void copyRate(double rate) {
        copyRate = rate;
    }

    public static void say(String text) {
        System.out.println("bench: " + text);
    }
}
