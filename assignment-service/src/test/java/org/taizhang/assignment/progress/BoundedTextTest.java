package org.taizhang.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedTextTest {

    @Test
    void shouldKeepShortPlainTextAsItIs() {
        assertThat(BoundedText.fit("lx-2026-q3-0012", 100)).isEqualTo("lx-2026-q3-0012");
        assertThat(BoundedText.fit("郎溪县人民政府", 7)).isEqualTo("郎溪县人民政府");
        assertThat(BoundedText.fit(null, 100)).isNull();
    }

    @Test
    void shouldCutLongTextToTheLimitWithAnEllipsis() {
        String cut = BoundedText.fit("x".repeat(1_000_000), 100);

        assertThat(cut).hasSize(100).startsWith("x".repeat(99)).endsWith("…");
        assertThat(BoundedText.fit("abcdef", 5)).isEqualTo("abcd…");
    }

    @Test
    void shouldReplaceControlCharactersAndHalfPairs() {
        assertThat(BoundedText.fit("r\u0000-1\n", 100)).isEqualTo("r\uFFFD-1\uFFFD");
        assertThat(BoundedText.fit("a\ud83d", 100)).isEqualTo("a\uFFFD");
        assertThat(BoundedText.fit("\udc4db", 100)).isEqualTo("\uFFFDb");
    }

    @Test
    void shouldNeverSplitASurrogatePairWhenCutting() {
        String thumbs = "\ud83d\udc4d";
        String cut = BoundedText.fit("ab" + thumbs + "cdef", 4);

        assertThat(cut).isEqualTo("ab…");
        assertThat(BoundedText.fit("a" + thumbs + "bcdef", 4)).isEqualTo("a" + thumbs + "…");
        assertThat(BoundedText.fit("abc" + thumbs, 4)).isEqualTo("abc…");
    }
}
