package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus harness's tolerance: same text written in other widths, and the 等-tail as a mention of its own. */
class TaskComparisonTest {

    @Test
    void shouldIgnoreWhitespacePunctuationWidthAndATrailingFullStop() {
        assertThat(TaskComparison.key("（一） 做好各类规划主动公开。")).isEqualTo(TaskComparison.key("(一)做好各类规划主动公开"));
        assertThat(TaskComparison.key("一、深入推进政策公开，服务高质量发展")).isEqualTo(TaskComparison.key("一、深入推进政策公开,服务高质量发展"));
    }

    @Test
    void shouldTakeAnExpectedDengUnitAsTwoConsecutiveMentions() {
        List<String> expected = List.of("区数据资源局", "区发改委等相关区直部门", "各镇(办)");

        assertThat(TaskComparison.sameUnits(expected, List.of("区数据资源局", "区发改委", "相关区直部门", "各镇（办）")))
                .isTrue();
        assertThat(TaskComparison.sameUnits(expected, List.of("区数据资源局", "区发改委等相关区直部门", "各镇(办)")))
                .isTrue();
    }

    @Test
    void shouldNoticeAMissingExtraOrReorderedUnit() {
        List<String> expected = List.of("市发改委", "市财政局");

        assertThat(TaskComparison.sameUnits(expected, List.of("市发改委"))).isFalse();
        assertThat(TaskComparison.sameUnits(expected, List.of("市发改委", "市财政局", "市统计局")))
                .isFalse();
        assertThat(TaskComparison.sameUnits(expected, List.of("市财政局", "市发改委"))).isFalse();
    }
}
