package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellClassifierTest {

    private final CellClassifier classifier = new CellClassifier();

    @Test
    void shouldReadShortDeadlinesAsDeadlines() {
        assertThat(classifier.kind("6月底前")).isEqualTo(CellKind.DEADLINE);
        assertThat(classifier.kind("2022年3月15日前")).isEqualTo(CellKind.DEADLINE);
        assertThat(classifier.kind("持续推进")).isEqualTo(CellKind.DEADLINE);
        assertThat(classifier.kind("每季度")).isEqualTo(CellKind.DEADLINE);
    }

    @Test
    void shouldReadTaskTextThatMentionsADateAsText() {
        assertThat(classifier.kind("持续做好政府公报工作")).isEqualTo(CellKind.TEXT);
        assertThat(classifier.kind("6月底前完成政府信息公开工作年度报告的编制和发布，并在政府网站专栏公开")).isEqualTo(CellKind.TEXT);
    }

    @Test
    void shouldJudgeARepeatedCellAsBefore() {
        String units = "市发改委、市财政局";

        assertThat(classifier.kind(units)).isEqualTo(CellKind.UNITS);
        assertThat(classifier.kind(units)).isEqualTo(CellKind.UNITS);
        assertThat(classifier.kind(" ")).isEqualTo(CellKind.EMPTY);
        assertThat(classifier.kind(null)).isEqualTo(CellKind.EMPTY);
    }
}
