package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reporting.model.AnnualSample.AS_OF;
import static org.taizhang.reporting.model.AnnualSample.FIRST;
import static org.taizhang.reporting.model.AnnualSample.FIRST_A;
import static org.taizhang.reporting.model.AnnualSample.FIRST_B;
import static org.taizhang.reporting.model.AnnualSample.SECOND;
import static org.taizhang.reporting.model.AnnualSample.SECOND_A;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.reporting.model.AnnualSample;
import org.taizhang.reporting.model.Facts;
import org.taizhang.reporting.model.TaskFacts;

class AnnualReportTest {

    private final AnnualReport report = AnnualReport.of(AnnualSample.plan(), AS_OF);

    @Test
    void shouldTitleTheReportAfterThePlan() {
        assertThat(report.title()).isEqualTo("2026年政务公开重点工作任务分工落实情况");
        assertThat(report.year()).isEqualTo(2026);
        assertThat(report.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void shouldFormTheTaskCellFromNumberAndTitle() {
        List<AnnualReport.Row> rows = rows();

        assertThat(rows.get(0).task()).isEqualTo("1.主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划等");
        assertThat(rows.get(5).task()).as("unnumbered").isEqualTo("优化政策咨询服务");
        assertThat(rows.get(5).requirement()).isEmpty();
    }

    @Test
    void shouldKeepNumbersThatAlreadyCarryTheirPunctuation() {
        var plan = Facts.plan("p", new TaskFacts("t", "（3）", null, "公开规划", "要求", null, null, null, null, null));

        assertThat(AnnualReport.of(plan, AS_OF).sections().get(0).rows().get(0).task())
                .isEqualTo("（3）公开规划");
    }

    @Test
    void shouldFillUnitColumnsWithTheNamesThePlanGives() {
        AnnualReport.Row budgets = rows().get(2);

        assertThat(budgets.cells()).containsExactly("7.稳步扩大预决算公开范围", "推进部门所属单位预算、决算及相关报表公开。", "市财政局", "郎溪县政府", "未完成");
    }

    @Test
    void shouldLabelEveryTaskByTheOutcomeRule() {
        assertThat(rows())
                .extracting(r -> r.outcome().label())
                .containsExactly("已完成", "已完成", "未完成", "未完成", "持续推进", "推进中");
    }

    @Test
    void shouldLayOutHeadingsOnlyWhereTheSectionPathChanges() {
        List<String> laidOut = report.lines().stream()
                .map(l -> l.isHeading()
                        ? l.level() + ":" + l.heading()
                        : "  " + l.row().taskId())
                .toList();

        assertThat(laidOut)
                .containsExactly(
                        "0:" + FIRST,
                        "1:" + FIRST_A,
                        "  t1",
                        "  t2",
                        "1:" + FIRST_B,
                        "  t7",
                        "  t8",
                        "0:" + SECOND,
                        "1:" + SECOND_A,
                        "  t12",
                        "  t13");
    }

    private List<AnnualReport.Row> rows() {
        return report.sections().stream().flatMap(s -> s.rows().stream()).toList();
    }
}
