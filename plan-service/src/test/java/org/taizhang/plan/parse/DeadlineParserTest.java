package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

class DeadlineParserTest {

    private final DeadlineParser parser = new DeadlineParser();

    @ParameterizedTest
    @CsvSource({
        "年底前, 2022-12-31",
        "6月底前, 2022-06-30",
        "十二月底前, 2022-12-31",
        "三月底前, 2022-03-31",
        "６月底前, 2022-06-30",
        "6月30日前, 2022-06-30",
        "9月15日, 2022-09-15",
        "2023年底前, 2023-12-31",
        "2023年3月底前, 2023-03-31",
        "2023年3月15日前, 2023-03-15",
        "二〇二三年十二月底前, 2023-12-31",
        "上半年, 2022-06-30",
        "下半年, 2022-12-31",
        "一季度, 2022-03-31",
        "第二季度, 2022-06-30",
        "3季度末, 2022-09-30",
        "四季度底前, 2022-12-31",
        "第一季度前, 2022-03-31",
        "2月底前, 2022-02-28",
        "6 月 底 前, 2022-06-30",
        "10月中旬, 2022-10-20",
        "明年3月底前, 2023-03-31"
    })
    void shouldReadFixedDates(String raw, LocalDate due) {
        Deadline deadline = parser.parse(raw, 2022);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.FIXED);
        assertThat(deadline.dueDate()).isEqualTo(due);
        assertThat(deadline.raw()).isEqualTo(raw.strip());
        assertThat(deadline.cadence()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"持续推进", "长期坚持", "常态化推进", "长期推进", "持续开展", "常态化开展", "定期开展"})
    void shouldReadOngoingWork(String raw) {
        Deadline deadline = parser.parse(raw, 2022);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(deadline.dueDate()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "每月, MONTHLY",
        "按月, MONTHLY",
        "每季度, QUARTERLY",
        "按季度, QUARTERLY",
        "每季度末, QUARTERLY",
        "每半年, HALF_YEARLY",
        "每年, YEARLY",
        "每年年底前, YEARLY",
        "每月10日前报送, MONTHLY"
    })
    void shouldReadPeriodicDuties(String raw, Cadence cadence) {
        Deadline deadline = parser.parse(raw, 2022);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.PERIODIC);
        assertThat(deadline.cadence()).isEqualTo(cadence);
        assertThat(deadline.dueDate()).isNull();
    }

    @Test
    void shouldKeepCadenceOfOngoingWorkThatReportsPeriodically() {
        Deadline deadline = parser.parse("持续推进，每季度报送进展", 2022);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(deadline.cadence()).isEqualTo(Cadence.QUARTERLY);
    }

    @Test
    void shouldPreferTheDateWhenADateAndOngoingWorkAreBothWritten() {
        Deadline deadline = parser.parse("6月底前，持续推进", 2022);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.FIXED);
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(deadline.raw()).isEqualTo("6月底前，持续推进");
    }

    @Test
    void shouldTakeTheLatestOfSeveralDates() {
        Deadline deadline = parser.parse("6月底前完成初稿，11月底前全面完成", 2022);

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2022, 11, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "根据上级要求", "2月30日前", "13月底前", "另行通知"})
    void shouldLeaveUnknownOrImpossibleDeadlinesUnspecified(String raw) {
        Deadline deadline = parser.parse(raw, 2022);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNSPECIFIED);
        assertThat(deadline.dueDate()).isNull();
        assertThat(deadline.raw()).isEqualTo(raw.strip());
    }

    @Test
    void shouldTreatNullAsEmptyUnspecified() {
        assertThat(parser.parse(null, 2022)).isEqualTo(new Deadline("", DeadlineKind.UNSPECIFIED, null, null));
    }

    @Test
    void shouldKeepTheTrimmedOriginalText() {
        assertThat(parser.parse("  年底前 \n", 2022).raw()).isEqualTo("年底前");
    }

    @Test
    void shouldUseLeapDayOfThePlanYear() {
        assertThat(parser.parse("2月底前", 2024).dueDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    }
}
