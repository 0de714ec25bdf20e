package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MobileNumbersTest {

    @Test
    void shouldAcceptMainlandMobilesWithOrWithoutTheCountryCode() {
        assertThat(MobileNumbers.problems(List.of("13800138000", "+86 139-1234-5678", "8619912345678")))
                .isEmpty();
        assertThat(MobileNumbers.join(List.of("13800138000", "+8613800138000", "+86 139-1234-5678")))
                .as("each number once, in 11 digits")
                .isEqualTo("13800138000,13912345678");
        assertThat(MobileNumbers.e164("13800138000,13912345678")).containsExactly("+8613800138000", "+8613912345678");
    }

    @Test
    void shouldRejectLandlinesForeignNumbersAndTooManyNumbers() {
        assertThat(MobileNumbers.problems(List.of("0551-1234567")))
                .singleElement()
                .asString()
                .contains("not a mainland mobile number");
        assertThat(MobileNumbers.problems(List.of("12800138000", "+4915112345678")))
                .hasSize(2);
        assertThat(MobileNumbers.problems(List.of())).containsExactly("at least one mobile number is required");
        assertThat(MobileNumbers.problems(List.of(
                        "13800138001", "13800138002", "13800138003", "13800138004", "13800138005", "13800138006")))
                .containsExactly("at most 5 mobile numbers, not 6");
    }
}
