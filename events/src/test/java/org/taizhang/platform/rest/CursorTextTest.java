package org.taizhang.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTextTest {

    @Test
    void shouldReadBackFieldsWithNullsEmptiesAndMarkers() {
        List<String> fields = Arrays.asList("2026-06-30", null, "", "=-甲|乙");

        String cursor = CursorText.encode("x1", fields);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(CursorText.decode("x1", 4, cursor)).isEqualTo(fields);
    }

    @Test
    void shouldRefuseACursorOfAnotherListOrCount() {
        String cursor = CursorText.encode("x1", List.of("a", "b"));

        assertThatThrownBy(() -> CursorText.decode("y1", 2, cursor)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> CursorText.decode("x1", 3, cursor)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void shouldRefuseAnEditedCursor() {
        String text = new String(
                Base64.getUrlDecoder().decode(CursorText.encode("x1", List.of("2026-06-30", "id-1"))),
                StandardCharsets.UTF_8);
        String edited = Base64.getUrlEncoder()
                .encodeToString(text.replace("06-30", "07-31").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CursorText.decode("x1", 2, edited))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("changed");
    }

    @Test
    void shouldRefuseTextThatIsNotACursor() {
        assertThatThrownBy(() -> CursorText.decode("x1", 1, "not a cursor!"))
                .isInstanceOf(InvalidCursorException.class)
                .hasMessageContaining("Base64");
        assertThatThrownBy(() -> CursorText.decode("x1", 1, " ")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> CursorText.decode("x1", 1, "A".repeat(CursorText.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidCursorException.class);
        String unmarked = Base64.getUrlEncoder().encodeToString("x1\u0000a\u0000b".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CursorText.decode("x1", 1, unmarked)).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void shouldTellValuesApartInTheirFingerprint() {
        assertThat(CursorText.fingerprint(Arrays.asList("a", null)))
                .isEqualTo(CursorText.fingerprint(Arrays.asList("a", null)))
                .isNotEqualTo(CursorText.fingerprint(Arrays.asList(null, "a")))
                .isNotEqualTo(CursorText.fingerprint(Arrays.asList("a", "")));
    }

    @Test
    void shouldAnswerA400NamingTheParameter() {
        InvalidCursorException e = new InvalidCursorException("is bad");

        assertThat(e.status().getStatusCode()).isEqualTo(400);
        assertThat(e.errors())
                .singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("after"));
        assertThat(InvalidCursorException.tooDeep(10000, "items")
                        .errors()
                        .get(0)
                        .field())
                .isEqualTo("page");
    }
}
