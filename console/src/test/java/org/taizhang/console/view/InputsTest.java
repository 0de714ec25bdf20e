package org.taizhang.console.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void shouldReadAbsentPageAsTheFirst() {
        assertThat(Inputs.page(null)).isZero();
        assertThat(Inputs.page(" 3 ")).isEqualTo(3);
    }

    @Test
    void shouldRefuseNumbersThatAreNotNumbersOrOutOfRange() {
        assertThatThrownBy(() -> Inputs.page("abc")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Inputs.page("-1")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Inputs.page("99999999999999")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Inputs.year("1999")).hasMessageContaining("2000–2100");
        assertThatThrownBy(() -> Inputs.percent("101")).hasMessageContaining("完成百分比");
    }

    @Test
    void shouldCountCharactersNotBytesAgainstATextLimit() {
        assertThat(Inputs.text("标题", "宣".repeat(10), 10)).contains("宣".repeat(10));
        assertThatThrownBy(() -> Inputs.text("标题", "宣".repeat(11), 10)).hasMessage("标题最多 10 个字");
        assertThat(Inputs.text("标题", "   ", 10)).isEmpty();
    }

    @Test
    void shouldAcceptOnlyTheOfferedChoices() {
        assertThat(Inputs.choice("状态", "DRAFT", Set.of("DRAFT"))).contains("DRAFT");
        assertThatThrownBy(() -> Inputs.choice("状态", "draft'--", Set.of("DRAFT")))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void shouldRefuseAnIdThatIsNotAUuid() {
        assertThatThrownBy(() -> Inputs.id("方案编号", "../etc")).hasMessage("方案编号不是有效的编号");
    }
}
