package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportSeedTest {

    @Test
    void shouldWriteOneCityDepartmentOfTheBenchRegionPerRow() {
        List<String> lines = ReportSeed.unitsCsv().lines().toList();

        assertThat(lines).hasSize(1001);
        assertThat(lines.get(0)).isEqualTo("id,name,aliases,kind,level,regionCode,parentId");
        assertThat(lines.get(1)).isEqualTo("349900-bench-0001,基准测试0001局,,DEPARTMENT,CITY,349900,");
        assertThat(lines.get(1000)).startsWith("349900-bench-1000,基准测试1000局,");
    }

    @Test
    void shouldNameFortyUnitsPerTaskAndEveryUnitTwice() {
        List<String> rows = ReportSeed.planText().lines().skip(1).toList();
        Map<String, Integer> mentions = new HashMap<>();
        Pattern unit = Pattern.compile("基准测试\\d{4}局");

        for (String row : rows) {
            Matcher m = unit.matcher(row);
            int inRow = 0;
            while (m.find()) {
                mentions.merge(m.group(), 1, Integer::sum);
                inRow++;
            }
            assertThat(inRow).isEqualTo(40);
        }

        assertThat(rows).hasSize(50);
        assertThat(rows.get(0)).startsWith("1.基准测试报表任务1，").contains("基准测试0001局牵头，基准测试0002局、");
        assertThat(rows.get(49)).contains("基准测试0981局牵头").contains("基准测试1000局、基准测试0001局");
        assertThat(mentions)
                .hasSize(1000)
                .allSatisfy((name, count) -> assertThat(count).isEqualTo(2));
    }
}
