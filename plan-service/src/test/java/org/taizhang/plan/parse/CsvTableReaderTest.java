package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {

    private final CsvTableReader reader = new CsvTableReader();

    @Test
    void shouldKeepNewlinesAndDoubledQuotesInsideQuotedFields() {
        String csv = "序号,工作任务,具体要求\r\n1,\"公开\"\"政策\"\"文件\",\"及时公开，\r\n逐条解读\"\r\n2,公开清单,按要求\n";

        List<List<String>> rows = reader.read(csv);

        assertThat(rows)
                .containsExactly(
                        List.of("序号", "工作任务", "具体要求"),
                        List.of("1", "公开\"政策\"文件", "及时公开，\n逐条解读"),
                        List.of("2", "公开清单", "按要求"));
    }

    @Test
    void shouldReadGbkBytesAsExcelInChinaSavesThem() {
        String csv = "序号,工作任务,责任单位\n1,公开政策文件,市政府办公室\n";

        List<List<String>> rows = reader.read(csv.getBytes(Charset.forName("GBK")));

        assertThat(rows.get(1)).containsExactly("1", "公开政策文件", "市政府办公室");
    }

    @Test
    void shouldReadSemicolonsAsDelimitersWhenCommasDoNotSplitConsistently() {
        String csv = "序号;工作任务;责任单位\n1;公开文件, 清单;市政府办公室\n2;公开预算;市财政局\n";

        assertThat(reader.read(csv.getBytes(StandardCharsets.UTF_8)).get(1)).containsExactly("1", "公开文件, 清单", "市政府办公室");
    }

    @Test
    void shouldRecogniseCsvOnlyByConsistentColumnCounts() {
        assertThat(CsvTableReader.looksLikeCsv("序号,工作任务,责任单位\n1,公开,市政府办公室\n2,\"清单,目录\",市编办\n"))
                .isTrue();
        assertThat(CsvTableReader.looksLikeCsv("这是一份通知。\n请各单位，认真贯彻执行。\n")).isFalse();
        assertThat(CsvTableReader.looksLikeCsv("工作任务\n公开政策文件,及时解读,做好回应\n市政府办公室\n年底前\n"))
                .isFalse();
        assertThat(CsvTableReader.looksLikeCsv("任务 | 单位 | 时限\n公开,解读,回应 | 市政府 | 年底前\n公开 | 市编办 | 6月底前\n"))
                .isFalse();
        assertThat(CsvTableReader.looksLikeCsv("工作任务,责任单位\n公开,市政府办公室\n")).isFalse();
    }

    @Test
    void shouldSkipBlankLinesBetweenRecords() {
        assertThat(reader.read("a,b,c\n\n,,\n1,2,3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @Test
    void shouldRejectAnUnclosedQuoteThatWouldSwallowTheFile() {
        String csv = "序号,工作任务,责任单位\n1,公开,市政府办公室\n2,\"公开清单,市编办\n3,公开预算,市财政局\n";

        assertThatThrownBy(() -> reader.read(csv))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("引号");
    }

    @Test
    void shouldCutRowsAtSixtyColumnsAndTwentyThousandRows() {
        String wide = String.join(",", Collections.nCopies(80, "任务"));
        String csv = (wide + "\n").repeat(20_005);

        List<List<String>> rows = reader.read(csv);

        assertThat(rows).hasSize(20_000);
        assertThat(rows.get(0)).hasSize(60);
    }

    @Test
    void shouldRejectTextWhoseRowsDifferInColumnCount() {
        assertThatThrownBy(() -> reader.read("a,b,c\n1,2\n3\n4,5,6,7\n"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessageContaining("列数");
    }

    @Test
    void shouldRejectBinaryContent() {
        byte[] binary = new byte[100];
        binary[0] = 'a';
        binary[1] = ',';

        assertThatThrownBy(() -> reader.read(binary)).isInstanceOf(ImportRejectedException.class);
    }
}
