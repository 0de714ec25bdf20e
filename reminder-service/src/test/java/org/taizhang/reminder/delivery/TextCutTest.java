package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCutTest {

    @Test
    void shouldCutChineseTextAtACharacterBoundaryWithinTheByteLimit() {
        String cut = TextCut.toBytes("政务公开", 7);

        assertThat(cut)
                .as("two characters of three bytes; a third would need 9")
                .isEqualTo("政务");
    }

    @Test
    void shouldNeverSplitASurrogatePair() {
        String text = "a😀b";

        assertThat(TextCut.toBytes(text, 4)).isEqualTo("a");
        assertThat(TextCut.toBytes(text, 5)).isEqualTo("a😀");
        assertThat(TextCut.toChars(text, 2)).isEqualTo("a😀");
    }

    @Test
    void shouldMarkACutAndStayWithinTheLimit() {
        String text = "台账".repeat(100);

        String cut = TextCut.toBytesMarked(text, 100);

        assertThat(cut).endsWith(TextCut.MARK);
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(100);
        assertThat(TextCut.toBytesMarked("短", 100)).isEqualTo("短");
    }
}
