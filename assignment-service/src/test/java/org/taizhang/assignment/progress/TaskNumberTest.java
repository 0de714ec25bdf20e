package org.taizhang.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskNumberTest {

    @ParameterizedTest
    @CsvSource({
        "'(二)3', 2, 3",
        "'（二）3.', 2, 3",
        "'二、3', 2, 3",
        "'二.第3项', 2, 3",
        "'2-3', 2, 3",
        "'(十二)15', 12, 15",
        "'二十一、4', 21, 4"
    })
    void shouldReadSectionQualifiedNumbers(String text, int section, String number) {
        assertThat(TaskNumber.parse(text)).isEqualTo(new TaskNumber(section, number));
    }

    @ParameterizedTest
    @CsvSource({"'12', 12", "'12.', 12", "' 7、', 7", "'(3)', 3", "'23', 23"})
    void shouldLeavePlainNumbersUnqualified(String text, String number) {
        assertThat(TaskNumber.parse(text)).isEqualTo(new TaskNumber(null, number));
    }

    @ParameterizedTest
    @CsvSource({
        "'(一)围绕建设法治政府全面推进政务公开', 1",
        "'（三）加强政策解读', 3",
        "'二、重点领域信息公开', 2",
        "'十、其他', 10",
        "'第四部分 保障措施', 4",
        "'4. 平台建设', 4"
    })
    void shouldReadTheOrdinalOfASectionHeading(String heading, int ordinal) {
        assertThat(TaskNumber.sectionOf(heading)).isEqualTo(ordinal);
    }

    @ParameterizedTest
    @CsvSource({"'围绕重点领域加大主动公开力度'", "''"})
    void shouldFindNoOrdinalInAnUnnumberedHeading(String heading) {
        assertThat(TaskNumber.sectionOf(heading)).isNull();
    }
}
