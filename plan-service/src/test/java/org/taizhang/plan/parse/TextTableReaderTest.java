package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableReaderTest {

    private final TextTableReader reader = new TextTableReader();

    private List<List<String>> read(String text) {
        return reader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldSplitPipeRowsKeepingEmptyCells() {
        assertThat(read("一、标题 | ||||\n1.任务 | 要求 | 市发改委 | | 已完成 |\n"))
                .containsExactly(List.of("一、标题", "", "", "", "", ""), List.of("1.任务", "要求", "市发改委", "", "已完成", ""));
    }

    @Test
    void shouldDropTheLeadingBarAndRuleOfMarkdownTables() {
        assertThat(read("| 任务 | 责任单位 |\n|---|---|\n| 公开 | 市发改委 |\n"))
                .containsExactly(List.of("任务", "责任单位", ""), List.of("公开", "市发改委", ""));
    }

    @Test
    void shouldGroupOneCellPerLineByTheHeaderWidth() {
        assertThat(read("任务\n|\n责任单位\n|\n时限\n|\n公开规划\n|\n市发改委\n|\n年底前\n|\n"))
                .containsExactly(List.of("任务", "责任单位", "时限"), List.of("公开规划", "市发改委", "年底前"));
    }

    @Test
    void shouldJoinAWrappedLineToTheCellAbove() {
        assertThat(read("任务 | 要求\n1.公开 | 通过网站\n集中展示\n"))
                .containsExactly(List.of("任务", "要求"), List.of("1.公开", "通过网站集中展示"));
    }

    @Test
    void shouldReadTabSeparatedRows() {
        assertThat(read("任务\t责任单位\n公开\t市发改委\n")).containsExactly(List.of("任务", "责任单位"), List.of("公开", "市发改委"));
    }
}
