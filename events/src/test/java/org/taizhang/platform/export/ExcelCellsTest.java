package org.taizhang.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Excel cells keep text up to their limit and say where they cut it. */
class ExcelCellsTest {

    @Test
    void shouldKeepTextThatFits() {
        String full = "各县（市、区）政务公开办".repeat(3_000).substring(0, ExcelCells.MAX_CHARS);

        assertThat(ExcelCells.fit(full)).isEqualTo(full);
        assertThat(ExcelCells.fit(null)).isEmpty();
    }

    @Test
    void shouldCutTextLongerThanACellHoldsAndSaySo() {
        String units = "某某县人民政府、".repeat(10_000);

        String fitted = ExcelCells.fit(units);

        assertThat(fitted).hasSize(ExcelCells.MAX_CHARS).endsWith(ExcelCells.CUT_NOTE);
        assertThat(units).startsWith(fitted.substring(0, fitted.length() - ExcelCells.CUT_NOTE.length()));
    }

    @Test
    void shouldNotSplitACharacterOutsideTheBasicPlane() {
        int keep = ExcelCells.MAX_CHARS - ExcelCells.CUT_NOTE.length();
        String text = "a".repeat(keep - 1) + "𠀀".repeat(100);

        String fitted = ExcelCells.fit(text);

        assertThat(fitted).hasSize(ExcelCells.MAX_CHARS - 1).startsWith("a".repeat(keep - 1) + ExcelCells.CUT_NOTE);
    }
}
