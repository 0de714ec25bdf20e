package org.taizhang.reporting.model;

import static org.taizhang.reporting.model.Facts.JUNE_END;
import static org.taizhang.reporting.model.Facts.ONGOING;
import static org.taizhang.reporting.model.Facts.fixed;
import static org.taizhang.reporting.model.Facts.unit;

import java.time.LocalDate;
import java.util.List;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;

/**
 * A city plan shaped like the sample with a 落实情况 column: two top-level sections with subsections, six tasks
 * covering every outcome on 31 December 2026, one requirement holding a comma, quotes and a line break.
 */
public final class AnnualSample {

    public static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    public static final String FIRST = "一、紧扣“十四五”开好局起好步深化政务公开";
    public static final String FIRST_A = "（一）做好各类规划主动公开";
    public static final String FIRST_B = "（三）做好财政信息公开";
    public static final String SECOND = "二、紧扣宏观政策落地见效深化政务公开";
    public static final String SECOND_A = "（一）持续加强重大政策发布解读";
    public static final String TRICKY_REQUIREMENT = "通过本级政府门户网站设立专题, 集中展示\"十四五\"规划;\n并归集县级规划。";

    private static final LocalDate MAY = LocalDate.of(2026, 5, 20);

    private AnnualSample() {}

    public static PlanFacts plan() {
        List<String> planning = List.of(FIRST, FIRST_A);
        List<String> finance = List.of(FIRST, FIRST_B);
        List<String> policy = List.of(SECOND, SECOND_A);
        return Facts.plan(
                "city",
                task(
                        "t1",
                        "1",
                        planning,
                        "主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划等",
                        TRICKY_REQUIREMENT,
                        JUNE_END,
                        unit("市发改委").completedOn(MAY),
                        unit("郎溪县政府").responsible().completedOn(MAY)),
                task(
                        "t2",
                        "2",
                        planning,
                        "归集整理和主动公开历史规划（计划）",
                        "通过本级政府门户网站政府信息公开专栏集中发布。",
                        JUNE_END,
                        unit("市自然资源局").completedOn(MAY)),
                task(
                        "t7",
                        "7",
                        finance,
                        "稳步扩大预决算公开范围",
                        "推进部门所属单位预算、决算及相关报表公开。",
                        JUNE_END,
                        unit("市财政局"),
                        unit("郎溪县政府").responsible().status(AssignmentStatus.IN_PROGRESS)),
                task(
                        "t8",
                        "8",
                        finance,
                        "深化地方政府债务信息公开",
                        "定期公开地方政府债务限额、余额等信息。",
                        fixed("9月底前", LocalDate.of(2026, 9, 30)),
                        unit("市财政局")),
                task(
                        "t12",
                        "12",
                        policy,
                        "做好政策解读发布工作",
                        "及时发布政策解读。",
                        ONGOING,
                        unit("市发改委").status(AssignmentStatus.ONGOING)),
                task(
                        "t13",
                        null,
                        policy,
                        "优化政策咨询服务",
                        null,
                        fixed("2027年3月底前", LocalDate.of(2027, 3, 31)),
                        unit("市政务服务局")));
    }

    private static TaskFacts task(
            String id,
            String number,
            List<String> section,
            String title,
            String requirement,
            Deadline deadline,
            Facts.Unit... units) {
        TaskFacts plain = Facts.task(id, section, deadline, units);
        return new TaskFacts(
                id,
                number,
                section,
                title,
                requirement,
                plain.leadUnits(),
                plain.responsibleUnits(),
                deadline,
                null,
                plain.assignments());
    }
}
