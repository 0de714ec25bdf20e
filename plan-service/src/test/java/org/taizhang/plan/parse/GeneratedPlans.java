package org.taizhang.plan.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;

/** Random but realistic plans: sections with 一、 headings, optional （一） subsections, tasks with units and deadlines. */
final class GeneratedPlans {

    static final int YEAR = 2025;

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八"};
    private static final String[] SECTIONS = {
        "进一步强化重点领域信息公开", "深入推进政策公开服务高质量发展", "提升解读咨询水平增强政策传播效能",
        "强化权力配置公开助力规范行政履职", "夯实政务公开工作基础", "加强政务公开指导监督"
    };
    private static final String[] SUBSECTIONS = {
        "做好各类规划主动公开。", "做好市场规则标准和监管执法信息公开。", "加强政策解读回应。", "规范政府信息公开申请办理。", "加强政府网站和政务新媒体建设。", "规范考核评估。"
    };
    private static final String[] TITLES = {
        "主动公开国民经济和社会发展规划纲要、国土空间规划和专项规划，做好历史规划的归集整理工作。",
        "及时公开市场准入负面清单，切实做到平等准入、开放有序。",
        "依托政府网站开设专题，及时公开优化营商环境的落实举措。",
        "加强重大政策解读，通过图表、视频等形式增强解读效果。",
        "严格落实政府信息公开申请办理规范，依法答复群众申请。",
        "常态化公开就业、住房、教育、医疗等民生领域信息，回应社会关切。",
        "规范政务新媒体内容发布，杜绝错敏信息。",
        "组织开展政务公开业务培训，提升工作人员业务能力。",
        "推进财政预决算公开，细化公开“三公”经费使用情况。",
        "加强政策文件集中统一公开，动态更新现行有效政策文件库。"
    };
    private static final String[] UNITS = {"市发改委", "市财政局", "市数据资源局", "市政府办公室", "市统计局", "各县（市、区）政府", "市政府各部门"};
    private static final Object[][] DEADLINES = {
        {"年底前", DeadlineKind.FIXED, LocalDate.of(YEAR, 12, 31)},
        {"6月底前", DeadlineKind.FIXED, LocalDate.of(YEAR, 6, 30)},
        {"2025年11月底", DeadlineKind.FIXED, LocalDate.of(YEAR, 11, 30)},
        {"三季度前", DeadlineKind.FIXED, LocalDate.of(YEAR, 9, 30)},
        {"上半年", DeadlineKind.FIXED, LocalDate.of(YEAR, 6, 30)},
        {"持续推进", DeadlineKind.ONGOING, null},
        {"长期坚持", DeadlineKind.ONGOING, null},
        {"常态化", DeadlineKind.ONGOING, null},
        {"每季度", DeadlineKind.PERIODIC, null}
    };

    private GeneratedPlans() {}

    /** A plan as written: headings and tasks in document order. */
    record Plan(long seed, List<Row> rows) {

        List<Task> tasks() {
            return rows.stream()
                    .filter(Task.class::isInstance)
                    .map(Task.class::cast)
                    .toList();
        }
    }

    /** One line of the plan's table: a heading or a task. */
    sealed interface Row permits Heading, Task {}

    /** A section (一、) or subsection (（一）) heading, written in a row of its own. */
    record Heading(String text) implements Row {}

    /** A task as written and as the importer should understand it. */
    record Task(
            String number,
            List<String> sectionPath,
            String title,
            String unitsCell,
            List<Unit> units,
            String deadline,
            DeadlineKind kind,
            LocalDate due)
            implements Row {}

    /** A unit the task names, with its role. */
    record Unit(String name, UnitRole role) {}

    static Plan generate(long seed) {
        Random random = new Random(seed);
        boolean numbered = random.nextInt(4) > 0;
        List<Row> rows = new ArrayList<>();
        int sections = 2 + random.nextInt(5);
        int number = 0;
        for (int s = 0; s < sections; s++) {
            String section = NUMERALS[s] + "、" + SECTIONS[s];
            rows.add(new Heading(section));
            boolean withSubsections = random.nextBoolean();
            int subsections = withSubsections ? 1 + random.nextInt(3) : 1;
            for (int u = 0; u < subsections; u++) {
                List<String> path = new ArrayList<>(List.of(section));
                if (withSubsections) {
                    String subsection = "（" + NUMERALS[u] + "）" + SUBSECTIONS[(s + u) % SUBSECTIONS.length];
                    rows.add(new Heading(subsection));
                    path.add(subsection);
                }
                int tasks = 1 + random.nextInt(withSubsections ? 3 : 8);
                for (int t = 0; t < tasks; t++) {
                    number++;
                    rows.add(task(random, numbered ? String.valueOf(number) : null, path));
                }
            }
        }
        return new Plan(seed, rows);
    }

    private static Task task(Random random, String number, List<String> path) {
        String title = TITLES[random.nextInt(TITLES.length)];
        List<String> names = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (names.size() < count) {
            String name = UNITS[random.nextInt(UNITS.length)];
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        List<Unit> units = new ArrayList<>();
        String cell;
        if (count > 1 && random.nextBoolean()) {
            String lead = names.get(0);
            List<String> rest = names.subList(1, names.size());
            boolean supporting = random.nextBoolean();
            cell = lead + "牵头，" + String.join("、", rest) + (supporting ? "配合" : "负责落实");
            units.add(new Unit(lead, UnitRole.LEAD));
            rest.forEach(n -> units.add(new Unit(n, supporting ? UnitRole.SUPPORTING : UnitRole.RESPONSIBLE)));
        } else {
            cell = String.join("、", names);
            names.forEach(n -> units.add(new Unit(n, UnitRole.RESPONSIBLE)));
        }
        Object[] deadline = DEADLINES[random.nextInt(DEADLINES.length)];
        return new Task(
                number,
                List.copyOf(path),
                title,
                cell,
                List.copyOf(units),
                (String) deadline[0],
                (DeadlineKind) deadline[1],
                (LocalDate) deadline[2]);
    }
}
