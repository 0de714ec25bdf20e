package org.taizhang.reporting.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.taizhang.reporting.compute.CompletionPoint;

/**
 * Server-rendered charts for the dashboard, as inline SVG strings that need no JavaScript: completion over time
 * (a line per measure, placed by date), completion per item (bars) and a horizontal completion bar. Values are
 * percentages, held within 0–100.
 */
public final class SvgCharts {

    /** One bar: what it measures and its completion in percent. */
    public record Bar(String label, double percent) {}

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = WIDTH - 16;
    private static final int TOP = 28;
    private static final int BOTTOM = HEIGHT - 40;
    private static final String TASKS = "#1f6fb2";
    private static final String ASSIGNMENTS = "#8aa8c8";
    private static final String DONE = "#2e7d32";
    private static final int LABEL_CHARS = 8;

    private SvgCharts() {}

    /** Completion of tasks (solid) and of assignments (dashed) over time, x placed by date. */
    public static String completionLine(String title, List<CompletionPoint> points) {
        Svg svg = frame(title);
        if (points.isEmpty()) {
            return svg.text("暂无数据", "x", (LEFT + RIGHT) / 2, "y", (TOP + BOTTOM) / 2, "text-anchor", "middle")
                    .close();
        }
        LocalDate first = points.get(0).date();
        long days = ChronoUnit.DAYS.between(first, points.get(points.size() - 1).date());
        ToDoubleFunction<LocalDate> x = d -> days == 0
                ? (LEFT + RIGHT) / 2.0
                : LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(first, d) / (double) days;
        polyline(svg, points, x, CompletionPoint::assignmentPercent, ASSIGNMENTS, "6 4");
        polyline(svg, points, x, CompletionPoint::taskPercent, TASKS, "none");
        // The first date starts at the axis and the last ends at the edge, so that neither is cut off.
        List<CompletionPoint> ends =
                days == 0 ? List.of(points.get(0)) : List.of(points.get(0), points.get(points.size() - 1));
        for (CompletionPoint p : ends) {
            svg.text(
                    p.date().getMonthValue() + "月" + p.date().getDayOfMonth() + "日",
                    "x",
                    x.applyAsDouble(p.date()),
                    "y",
                    BOTTOM + 18,
                    "text-anchor",
                    days == 0 ? "middle" : p == points.get(0) ? "start" : "end",
                    "font-size",
                    11);
        }
        svg.text("— 任务完成率", "x", RIGHT, "y", 16, "text-anchor", "end", "font-size", 11, "fill", TASKS);
        return svg.text(
                        "- - 单位完成率",
                        "x",
                        RIGHT - 96,
                        "y",
                        16,
                        "text-anchor",
                        "end",
                        "font-size",
                        11,
                        "fill",
                        ASSIGNMENTS)
                .close();
    }

    /** Vertical bars with their value above and their label (shortened) below. */
    public static String bars(String title, List<Bar> bars) {
        Svg svg = frame(title);
        double slot = (RIGHT - LEFT) / (double) Math.max(1, bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double value = clamp(bar.percent());
            double left = LEFT + slot * i + slot * 0.2;
            svg.empty(
                    "rect",
                    "x",
                    left,
                    "y",
                    y(value),
                    "width",
                    slot * 0.6,
                    "height",
                    BOTTOM - y(value),
                    "fill",
                    value >= 100 ? DONE : TASKS);
            double middle = left + slot * 0.3;
            svg.text(Svg.number(value) + "%", "x", middle, "y", y(value) - 4, "text-anchor", "middle", "font-size", 11);
            svg.text(shorten(bar.label()), "x", middle, "y", BOTTOM + 16, "text-anchor", "middle", "font-size", 11);
        }
        return svg.close();
    }

    /** A thin horizontal bar filled to {@code percent}, with the figure written on it. */
    public static String completionBar(double percent, int width) {
        double value = clamp(percent);
        String label = Svg.number(value) + "%";
        return new Svg(width, 18, "完成率 " + label)
                .empty("rect", "x", 0, "y", 0, "width", width, "height", 18, "rx", 3, "fill", "#e6e6e6")
                .empty("rect", "x", 0, "y", 0, "width", width * value / 100, "height", 18, "rx", 3, "fill", DONE)
                .text(label, "x", width / 2, "y", 13, "text-anchor", "middle", "font-size", 11, "fill", "#000")
                .close();
    }

    /** Title, y axis with gridlines every 25 %, x axis. */
    private static Svg frame(String title) {
        Svg svg = new Svg(WIDTH, HEIGHT, title);
        svg.text(title, "x", LEFT, "y", 16, "font-size", 13, "font-weight", "bold");
        for (int v = 0; v <= 100; v += 25) {
            svg.empty("line", "x1", LEFT, "y1", y(v), "x2", RIGHT, "y2", y(v), "stroke", "#ddd");
            svg.text(v + "%", "x", LEFT - 6, "y", y(v) + 4, "text-anchor", "end", "font-size", 10);
        }
        return svg.empty("line", "x1", LEFT, "y1", BOTTOM, "x2", RIGHT, "y2", BOTTOM, "stroke", "#999");
    }

    private static void polyline(
            Svg svg,
            List<CompletionPoint> points,
            ToDoubleFunction<LocalDate> x,
            ToDoubleFunction<CompletionPoint> value,
            String colour,
            String dashes) {
        String coordinates = points.stream()
                .map(p -> Svg.number(x.applyAsDouble(p.date())) + "," + Svg.number(y(clamp(value.applyAsDouble(p)))))
                .collect(Collectors.joining(" "));
        svg.empty(
                "polyline",
                "points",
                coordinates,
                "fill",
                "none",
                "stroke",
                colour,
                "stroke-width",
                2,
                "stroke-dasharray",
                dashes);
    }

    private static double y(double percent) {
        return BOTTOM - (BOTTOM - TOP) * percent / 100;
    }

    private static double clamp(double percent) {
        return Double.isNaN(percent) ? 0 : Math.max(0, Math.min(100, percent));
    }

    private static String shorten(String label) {
        String text = label == null ? "" : label;
        return text.length() <= LABEL_CHARS ? text : text.substring(0, LABEL_CHARS) + "…";
    }
}
