package org.taizhang.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b"})
    void shouldRejectControlCharactersInAnyField(String control) {
        assertThat(PlainText.lines("summary", "已公开" + control))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("summary holds a control character (U+")
                        .contains("at position 4")
                        .doesNotContain(control));
        assertThat(PlainText.line("unitName", control + "市发改委")).isPresent();
    }

    @Test
    void shouldNameTheCharacterAndWhereItIs() {
        assertThat(PlainText.lines("summary", "ab\u0000c"))
                .contains("summary holds a control character (U+0000) at position 3; send plain text");
    }

    @Test
    void shouldKeepLineBreaksAndTabsOnlyInMultiLineText() {
        assertThat(PlainText.lines("summary", "一、已公开\r\n二、\t已解读")).isEmpty();
        assertThat(PlainText.line("reportId", "r-1\n"))
                .contains("reportId holds a control character (U+000A) at position 4; send plain text");
        assertThat(PlainText.line("unitName", "市\t发改委")).isPresent();
    }

    @Test
    void shouldRejectHalfASurrogatePairButKeepAWholeOne() {
        assertThat(PlainText.lines("summary", "已公开\ud83d\udc4d")).isEmpty();
        assertThat(PlainText.lines("summary", "已公开\ud83d"))
                .contains("summary holds half of a surrogate pair (U+D83D) at position 4; send plain text");
        assertThat(PlainText.line("reportId", "\udc4dr")).isPresent();
    }

    @Test
    void shouldTakeOrdinaryTextAndNothing() {
        assertThat(PlainText.lines("summary", "按计划推进，完成率 60%（见附件）")).isEmpty();
        assertThat(PlainText.line("evidence", "https://www.example.gov.cn/zwgk/t1.html?a=1&b=二"))
                .isEmpty();
        assertThat(PlainText.line("reportId", null)).isEmpty();
    }
}
