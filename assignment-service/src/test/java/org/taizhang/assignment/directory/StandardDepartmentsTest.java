package org.taizhang.assignment.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StandardDepartmentsTest {

    @Test
    void shouldLoadTheShippedCatalogue() {
        List<StandardDepartments.Entry> entries = StandardDepartments.load().entries();

        assertThat(entries).hasSizeGreaterThanOrEqualTo(40);
        assertThat(entries)
                .extracting(StandardDepartments.Entry::canonical)
                .contains("发展和改革委员会", "人力资源和社会保障局", "卫生健康委员会", "政府办公室", "政务公开办公室", "数据资源管理局", "信访局", "融媒体中心");
    }

    @Test
    void shouldNeverGiveOneNameToTwoDepartments() {
        UnitNameNormalizer normalizer = UnitNameNormalizer.standard();
        List<String> names = new ArrayList<>();
        StandardDepartments.load()
                .entries()
                .forEach(entry -> Stream.concat(Stream.of(entry.canonical()), entry.aliases().stream())
                        .map(normalizer::clean)
                        .distinct()
                        .forEach(names::add));

        assertThat(names).doesNotHaveDuplicates().doesNotContain("");
    }

    @Test
    void shouldReadKindsAndAliasesOfACustomCatalogue() {
        String csv =
                "canonical,aliases,kind\n# comment\n\n发展和改革委员会, 发改委 | 发展改革委 ,department\n档案馆,,PUBLIC_INSTITUTION\n奇怪局\n";

        List<StandardDepartments.Entry> entries =
                StandardDepartments.parse(new StringReader(csv)).entries();

        assertThat(entries)
                .containsExactly(
                        new StandardDepartments.Entry("发展和改革委员会", List.of("发改委", "发展改革委"), UnitKind.DEPARTMENT),
                        new StandardDepartments.Entry("档案馆", List.of(), UnitKind.PUBLIC_INSTITUTION),
                        new StandardDepartments.Entry("奇怪局", List.of(), UnitKind.DEPARTMENT));
    }
}
