package org.taizhang.assignment.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.taizhang.assignment.planning.Light;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;

class LedgerLabelsTest {

    @ParameterizedTest
    @CsvSource({"LEAD, 牵头", "RESPONSIBLE, 责任", "SUPPORTING, 配合"})
    void shouldNameEveryRole(UnitRole role, String label) {
        assertThat(LedgerLabels.role(role)).isEqualTo(label);
    }

    @Test
    void shouldLeaveAMissingRoleBlank() {
        assertThat(LedgerLabels.role(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"NOT_STARTED, 未启动", "IN_PROGRESS, 推进中", "COMPLETED, 已完成", "ONGOING, 持续推进"})
    void shouldNameEveryStatus(AssignmentStatus status, String label) {
        assertThat(LedgerLabels.status(status, false)).isEqualTo(label);
    }

    @ParameterizedTest
    @EnumSource(AssignmentStatus.class)
    void shouldCallAnOverdueAssignmentOverdueWhateverItsStatus(AssignmentStatus status) {
        assertThat(LedgerLabels.status(status, true)).isEqualTo("逾期");
    }

    @ParameterizedTest
    @CsvSource({"GREEN, 绿", "YELLOW, 黄", "RED, 红"})
    void shouldNameEveryLight(Light light, String label) {
        assertThat(LedgerLabels.light(light)).isEqualTo(label);
    }
}
