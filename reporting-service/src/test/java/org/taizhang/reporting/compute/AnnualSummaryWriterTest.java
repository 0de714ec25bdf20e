package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reporting.model.AnnualSample.AS_OF;
import static org.taizhang.reporting.model.Facts.JUNE_END;
import static org.taizhang.reporting.model.Facts.task;
import static org.taizhang.reporting.model.Facts.unit;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.reporting.model.AnnualSample;
import org.taizhang.reporting.model.Facts;

class AnnualSummaryWriterTest {

    @Test
    void shouldSummariseCountsSectionsAndOverdueUnitsInChinese() {
        String summary = AnnualSummaryWriter.write(AnnualSample.plan(), AS_OF);

        assertThat(summary)
                .isEqualTo("截至2026年12月31日，《2026年政务公开重点工作任务分工》部署的6项重点任务中，已完成2项（占33.3%），"
                        + "持续推进1项，推进中1项，逾期未完成2项。"
                        + "分板块看：紧扣“十四五”开好局起好步深化政务公开共4项，已完成2项、逾期未完成2项；"
                        + "紧扣宏观政策落地见效深化政务公开共2项，已完成0项、持续推进1项、推进中1项。"
                        + "逾期未完成任务涉及2个单位：市财政局（2项）、郎溪县政府（1项）。");
    }

    @Test
    void shouldSayWhenNothingIsOverdueAndSkipSectionsWhenThePlanHasNone() {
        var plan = Facts.plan("p", task("t1", JUNE_END, unit("市发改委").completedOn(LocalDate.of(2026, 5, 1))));

        assertThat(AnnualSummaryWriter.write(plan, AS_OF))
                .isEqualTo(
                        "截至2026年12月31日，《2026年政务公开重点工作任务分工》部署的1项重点任务中，已完成1项（占100%），" + "持续推进0项，推进中0项，逾期未完成0项。无逾期未完成任务。");
    }

    @Test
    void shouldBeTheParagraphTheAnnualReportCarries() {
        assertThat(AnnualReport.of(AnnualSample.plan(), AS_OF).summary())
                .isEqualTo(AnnualSummaryWriter.write(AnnualSample.plan(), AS_OF));
    }
}
