package org.taizhang.assignment.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.planning.Light;
import org.taizhang.events.assignment.AssignmentStatus;

class LedgerTest {

    @Test
    void shouldCountRowsByStatusWithEveryStatusListed() {
        Ledger ledger = LedgerFixtures.ledger();

        assertThat(ledger.byStatus())
                .containsExactly(
                        entry(AssignmentStatus.NOT_STARTED, 0L),
                        entry(AssignmentStatus.IN_PROGRESS, 1L),
                        entry(AssignmentStatus.COMPLETED, 1L),
                        entry(AssignmentStatus.ONGOING, 1L));
    }

    @Test
    void shouldCountRowsByLightAndOverdue() {
        Ledger ledger = LedgerFixtures.ledger();

        assertThat(ledger.byLight())
                .containsExactly(entry(Light.GREEN, 1L), entry(Light.YELLOW, 1L), entry(Light.RED, 1L));
        assertThat(ledger.overdue()).isEqualTo(1);
    }

    @Test
    void shouldKeepTheUnitYearAndRowsInOrder() {
        Ledger ledger = LedgerFixtures.ledger();

        assertThat(ledger.unitId()).isEqualTo("city-drc");
        assertThat(ledger.unitName()).isEqualTo(LedgerFixtures.UNIT_NAME);
        assertThat(ledger.year()).isEqualTo(LedgerFixtures.YEAR);
        assertThat(ledger.generatedAt()).isEqualTo(LedgerFixtures.GENERATED);
        assertThat(ledger.rows()).extracting(LedgerRow::taskNumber).containsExactly("3", "12", "15");
    }

    @Test
    void shouldCountZeroForAnEmptyLedger() {
        Ledger empty = Ledger.of("city-drc", LedgerFixtures.UNIT_NAME, 2026, LedgerFixtures.GENERATED, List.of());

        assertThat(empty.byStatus()).hasSize(AssignmentStatus.values().length);
        assertThat(empty.byStatus().values()).containsOnly(0L);
        assertThat(empty.byLight().values()).hasSize(3).containsOnly(0L);
        assertThat(empty.overdue()).isZero();
        assertThat(empty.rows()).isEmpty();
    }

    @Test
    void shouldNotFollowLaterChangesOfTheGivenRows() {
        List<LedgerRow> rows = new ArrayList<>(LedgerFixtures.rows());
        Ledger ledger = Ledger.of("city-drc", LedgerFixtures.UNIT_NAME, 2026, LedgerFixtures.GENERATED, rows);
        rows.clear();

        assertThat(ledger.rows()).hasSize(3);
        assertThatThrownBy(() -> ledger.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldGiveTheDueDateOfTheDeadline() {
        List<LedgerRow> rows = LedgerFixtures.rows();

        assertThat(rows.get(0).dueDate()).hasToString("2026-05-31");
        assertThat(rows.get(1).dueDate()).isNull();
    }
}
