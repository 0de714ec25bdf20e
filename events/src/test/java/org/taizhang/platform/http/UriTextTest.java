package org.taizhang.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UriTextTest {

    @Test
    void shouldFindNoDefectInPlainOrEscapedText() {
        assertThat(UriText.defect(null)).isEmpty();
        assertThat(UriText.defect("/api/plans/7f3c0d2e-1a2b-4c3d-8e9f-0a1b2c3d4e5f"))
                .isEmpty();
        assertThat(UriText.defect("q=%E5%B8%82%E5%8F%91%E6%94%B9%E5%A7%94&page=2&x=a+b%2Fc"))
                .isEmpty();
        assertThat(UriText.defect("q=\u00e5\u00b8\u0082"))
                .as("UTF-8 bytes read one char per byte")
                .isEmpty();
    }

    @Test
    void shouldFindAnEscapedOrLiteralControlCharacter() {
        assertThat(UriText.defect("q=a%00b")).contains("a control character");
        assertThat(UriText.defect("/dashboard/units/a%0d%0Ab")).contains("a control character");
        assertThat(UriText.defect("x=%7F")).contains("a control character");
        assertThat(UriText.defect("x=%C2%85")).as("C1 next line").contains("a control character");
        assertThat(UriText.defect("x=a\tb")).contains("a control character");
    }

    @Test
    void shouldFindAMalformedEscape() {
        assertThat(UriText.defect("x=%zz")).contains("a malformed percent escape");
        assertThat(UriText.defect("x=%4")).contains("a malformed percent escape");
        assertThat(UriText.defect("x=%")).contains("a malformed percent escape");
    }

    @Test
    void shouldFindBytesThatAreNotUtf8() {
        assertThat(UriText.defect("x=%ff")).contains("bytes that are not UTF-8");
        assertThat(UriText.defect("x=%C0%AF")).as("overlong slash").contains("bytes that are not UTF-8");
        assertThat(UriText.defect("x=%E5%B8")).as("cut short").contains("bytes that are not UTF-8");
    }
}
