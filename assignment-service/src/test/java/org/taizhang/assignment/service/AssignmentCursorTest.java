package org.taizhang.assignment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.platform.rest.InvalidCursorException;

class AssignmentCursorTest {

    private static final UUID ID = UUID.fromString("8c1e0000-0000-4000-8000-000000000001");

    @Test
    void shouldReadBackWhatItWroteWithMissingNumberAndDate() {
        AssignmentCursor cursor = new AssignmentCursor(AssignmentOrder.DUE, null, "plan-1", null, "郎溪县发展和改革委员会", ID);

        assertThat(AssignmentCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void shouldReadBackSeparatorsAndMarkersInsideFields() {
        AssignmentCursor cursor =
                new AssignmentCursor(AssignmentOrder.PLAN, LocalDate.of(2026, 12, 31), "p|=-", "（二）3", "=-甲|乙", ID);

        String encoded = cursor.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(AssignmentCursor.decode(encoded)).isEqualTo(cursor);
    }

    @Test
    void shouldTellAnEmptyTaskNumberFromAMissingOne() {
        AssignmentCursor empty = new AssignmentCursor(AssignmentOrder.PLAN, null, "p", "", "u", ID);

        assertThat(AssignmentCursor.decode(empty.encode()).taskNumber()).isEmpty();
    }

    @Test
    void shouldRefuseTextThatIsNotBase64() {
        assertThatThrownBy(() -> AssignmentCursor.decode("not a cursor!"))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("Base64");
    }

    @Test
    void shouldRefuseBase64ItDidNotWrite() {
        for (String text : new String[] {
            "hello",
            "a1\u0000PLAN\u0000-",
            "a1\u0000SOON\u0000-\u0000=p\u0000-\u0000=u\u0000" + ID,
            "a1\u0000PLAN\u0000-\u0000=p\u0000-\u0000=u\u0000not-a-uuid",
            "a1\u0000DUE\u0000=2026-13-40\u0000=p\u0000-\u0000=u\u0000" + ID,
            "a1\u0000PLAN\u0000-\u0000-\u0000-\u0000=u\u0000" + ID,
            "a1\u0000PLAN\u0000-\u0000p\u0000-\u0000=u\u0000" + ID,
            "a1\u0000PLAN\u0000-\u0000=p\u0000-\u0000=u\u00001-1-1-1-1"
        }) {
            String cursor = Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> AssignmentCursor.decode(cursor))
                    .as(text)
                    .isInstanceOf(InvalidCursorException.class);
        }
    }

    @Test
    void shouldRefuseABlankOrOverlongCursor() {
        assertThatThrownBy(() -> AssignmentCursor.decode(" ")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> AssignmentCursor.decode("A".repeat(2049))).isInstanceOf(InvalidCursorException.class);
    }
}
