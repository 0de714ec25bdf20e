package org.taizhang.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.reporting.compute.AnnualReport;
import org.taizhang.reporting.model.AnnualSample;

class AnnualReportCsvWriterTest {

    private final AnnualReport report = AnnualReport.of(AnnualSample.plan(), AnnualSample.AS_OF);
    private final byte[] csv = new AnnualReportCsvWriter().write(report);

    @Test
    void shouldWriteCsvWithBomSoExcelOpensIt() {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text()).startsWith("工作任务,工作要求,牵头单位,责任单位,落实情况\r\n");
    }

    @Test
    void shouldReadBackTheSameTableWithRfc4180Quoting() {
        List<List<String>> records = parse(text());

        assertThat(records.get(0)).isEqualTo(AnnualReport.HEADER);
        List<List<String>> expected = report.lines().stream()
                .map(l -> l.isHeading()
                        ? List.of(l.heading(), "", "", "", "")
                        : l.row().cells())
                .toList();
        assertThat(records.subList(1, records.size())).isEqualTo(expected);
    }

    @Test
    void shouldQuoteOnlyFieldsThatNeedIt() {
        assertThat(text())
                .contains("\"通过本级政府门户网站设立专题, 集中展示\"\"十四五\"\"规划;\n并归集县级规划。\"")
                .contains("\r\n7.稳步扩大预决算公开范围,推进部门所属单位预算、决算及相关报表公开。,市财政局,郎溪县政府,未完成\r\n");
        assertThat(AnnualReportCsvWriter.field(null)).isEmpty();
    }

    @Test
    void shouldWriteCellsASpreadsheetWouldRunAsFormulasAsQuotedText() {
        assertThat(AnnualReportCsvWriter.field("=HYPERLINK(\"http://evil.example\",\"点此\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点此\"\")\"");
        assertThat(AnnualReportCsvWriter.field("@SUM(A1:A9)")).isEqualTo("\"'@SUM(A1:A9)\"");
        assertThat(AnnualReportCsvWriter.field("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(AnnualReportCsvWriter.field("-3")).isEqualTo("-3");
    }

    @Test
    void shouldWriteSectionHeadingsAsRowsOfTheirOwn() {
        assertThat(parse(text()).get(1)).containsExactly(AnnualSample.FIRST, "", "", "", "");
    }

    private String text() {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    /** A strict RFC 4180 reader: CRLF between records, quoted fields may hold anything, "" is a quote. */
    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("trailing text after the last CRLF").isEmpty();
        return records;
    }
}
