package org.taizhang.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.platform.rest.CursorText;
import org.taizhang.platform.rest.InvalidCursorException;

class OverdueCursorTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @Test
    void shouldContinueTheListItWasIssuedFor() {
        OverdueQuery first = new OverdueQuery(2026, "plan-1", "341821", null, 2, null);
        String next = OverdueCursor.after(first, DUE, "a-7").encode();

        OverdueCursor read = OverdueCursor.of(new OverdueQuery(2026, "plan-1", "341821", null, 50, next));

        assertThat(read.dueDate()).isEqualTo(DUE);
        assertThat(read.assignmentId()).isEqualTo("a-7");
    }

    @Test
    void shouldTakeARegionHoweverItIsPadded() {
        String next = OverdueCursor.after(new OverdueQuery(null, null, "341800", null, 2, null), DUE, "a")
                .encode();

        assertThat(OverdueCursor.of(new OverdueQuery(null, null, "3418", null, 2, next))
                        .assignmentId())
                .isEqualTo("a");
    }

    @Test
    void shouldRefuseACursorSentWithOtherFilters() {
        String next = OverdueCursor.after(new OverdueQuery(2026, null, null, null, 2, null), DUE, "a")
                .encode();

        for (OverdueQuery other : List.of(
                new OverdueQuery(2025, null, null, null, 2, next),
                new OverdueQuery(null, null, null, null, 2, next),
                new OverdueQuery(2026, "plan-1", null, null, 2, next),
                new OverdueQuery(2026, null, "341821", null, 2, next),
                new OverdueQuery(2026, null, null, "341800-fgw", 2, next))) {
            assertThatThrownBy(() -> OverdueCursor.of(other))
                    .as(other.toString())
                    .isInstanceOf(InvalidCursorException.class)
                    .hasMessageContaining("other filters");
        }
    }

    @Test
    void shouldRefuseACursorOfAnotherListOrWithoutItsKey() {
        String filters = OverdueCursor.filters(new OverdueQuery(null, null, null, null, 2, null));
        for (String foreign : new String[] {
            CursorText.encode("a2", List.of(filters, DUE.toString(), "a")),
            CursorText.encode("o1", java.util.Arrays.asList(filters, null, "a")),
            CursorText.encode("o1", List.of(filters, "2026-13-01", "a")),
            CursorText.encode("o1", List.of(filters, "a"))
        }) {
            assertThatThrownBy(() -> OverdueCursor.of(new OverdueQuery(null, null, null, null, 2, foreign)))
                    .isInstanceOf(InvalidCursorException.class);
        }
    }
}
