package org.taizhang.plan.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/** Writes a generated plan as the text tables offices paste: the same rows in many layouts and header spellings. */
final class PlanRenderings {

    private PlanRenderings() {}

    /** How the rows and cells of the table are laid out in text. */
    enum Layout {
        PIPE_ROWS,
        MARKDOWN,
        FULL_WIDTH_BARS,
        TAB_ROWS,
        SPACE_RUNS,
        CELL_PER_LINE_ENDING_WITH_BAR,
        TAB_INDENTED_CELL_PER_LINE,
        BLANK_LINE_BETWEEN_CELLS
    }

    /** How the header names its columns. */
    enum HeaderStyle {
        PLAIN,
        SPACED_OUT,
        TRADITIONAL
    }

    /** Everything but the plan that decides the text. */
    record Options(Layout layout, HeaderStyle header, boolean numberColumn, boolean preamble, boolean repeatedHeader) {

        /** Whether the rendered table has a 序号 column for this plan. */
        boolean numbersShown(GeneratedPlans.Plan plan) {
            return numberColumn && plan.tasks().get(0).number() != null;
        }
    }

    static byte[] render(GeneratedPlans.Plan plan, Options options) {
        return text(plan, options).getBytes(StandardCharsets.UTF_8);
    }

    static String text(GeneratedPlans.Plan plan, Options options) {
        boolean numbers = options.numbersShown(plan);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = header(options.header(), numbers);
        rows.add(header);
        int repeatAt = options.repeatedHeader() ? plan.rows().size() / 2 : -1;
        for (int i = 0; i < plan.rows().size(); i++) {
            if (i == repeatAt && i > 0) {
                rows.add(header);
            }
            GeneratedPlans.Row row = plan.rows().get(i);
            if (row instanceof GeneratedPlans.Heading heading) {
                rows.add(List.of(heading.text()));
            } else if (row instanceof GeneratedPlans.Task task) {
                List<String> cells = new ArrayList<>();
                if (numbers) {
                    cells.add(task.number());
                }
                cells.addAll(List.of(task.title(), task.unitsCell(), task.deadline()));
                rows.add(cells);
            }
        }
        StringBuilder text = new StringBuilder();
        if (options.preamble()) {
            text.append(GeneratedPlans.YEAR).append("年政务公开重点工作任务分工\n");
            text.append("索引号：11341800/2025-00012  发布机构：市政府办公室  发文日期：2025-03-28\n\n");
        }
        Random spaces = new Random(plan.seed());
        for (List<String> row : rows) {
            text.append(layout(options.layout(), row, row == header, spaces));
        }
        return text.toString();
    }

    private static List<String> header(HeaderStyle style, boolean numbers) {
        List<String> names = switch (style) {
            case PLAIN -> List.of("序号", "工作任务", "责任单位", "完成时限");
            case SPACED_OUT -> List.of("序 号", "具 体 要 求", "责 任 单 位", "完 成 时 限");
            case TRADITIONAL -> List.of("序號", "工作任務", "責任單位", "完成時限");
        };
        return numbers ? names : names.subList(1, names.size());
    }

    private static String layout(Layout layout, List<String> cells, boolean header, Random spaces) {
        return switch (layout) {
            case PIPE_ROWS -> String.join(" | ", cells) + "\n";
            case MARKDOWN ->
                "| " + String.join(" | ", cells) + " |\n"
                        + (header ? cells.stream().map(c -> "---").collect(Collectors.joining("|", "|", "|\n")) : "");
            case FULL_WIDTH_BARS -> String.join("｜", cells) + "\n";
            case TAB_ROWS -> String.join("\t", cells) + "\n";
            case SPACE_RUNS ->
                cells.stream()
                                .reduce((a, b) -> a + " ".repeat(2 + spaces.nextInt(4)) + b)
                                .orElse("")
                        + "\n";
            case CELL_PER_LINE_ENDING_WITH_BAR ->
                cells.stream().map(c -> c + " |\n").collect(Collectors.joining()) + "|\n";
            case TAB_INDENTED_CELL_PER_LINE ->
                cells.stream().map(c -> "\t" + c + "\n").collect(Collectors.joining()) + "\n";
            case BLANK_LINE_BETWEEN_CELLS -> cells.stream().map(c -> c + "\n\n").collect(Collectors.joining());
        };
    }
}
