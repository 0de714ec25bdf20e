package org.taizhang.bench;

/** One measured figure next to its target; {@code met} is null when the figure has no target of its own. */
public record Figure(String scenario, String name, double value, String unit, String target, Boolean met, String note) {

    public static Figure of(String scenario, String name, double value, String unit) {
        return new Figure(scenario, name, value, unit, "", null, "");
    }

    public Figure against(String target, boolean met) {
        return new Figure(scenario, name, value, unit, target, met, note);
    }

    public Figure noting(String text) {
        return new Figure(scenario, name, value, unit, target, met, text);
    }
}
