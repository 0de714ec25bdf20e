package org.taizhang.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.platform.problem.ProblemException;

class QueryParamConvertersTest {

    enum Colour {
        RED,
        GREEN
    }

    private final QueryParamConverters converters = new QueryParamConverters();

    @SuppressWarnings("unused")
    private void endpoint(
            @QueryParam("colour") Colour colour,
            @QueryParam("page") int page,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("id") UUID id,
            @PathParam("year") int year,
            @QueryParam("text") String text) {}

    @Test
    void shouldReadGoodValuesAsBefore() {
        assertThat(convert(Colour.class, 0, "GREEN")).isEqualTo(Colour.GREEN);
        assertThat(convert(int.class, 1, " 12 ")).isEqualTo(12);
        assertThat(convert(Boolean.class, 2, "TRUE")).isEqualTo(true);
        assertThat(convert(UUID.class, 3, "00000000-0000-4000-8000-000000000001"))
                .isEqualTo(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    }

    @Test
    void shouldTakeABlankOptionalValueAsNotGiven() {
        assertThat(convert(Colour.class, 0, "")).isNull();
        assertThat(convert(Boolean.class, 2, " ")).isNull();
    }

    @Test
    void shouldTakeAnAbsentPrimitiveAsTheZeroJaxRsGivesIt() {
        assertThat(convert(int.class, 1, null)).isZero();
        assertThat(convert(int.class, 1, "")).isZero();
        assertThat(convert(Boolean.class, 2, "0"))
                .as("what RESTEasy Reactive passes for a boolean left out")
                .isFalse();
    }

    @Test
    void shouldRejectAnUnknownEnumValueNamingTheParameterAndTheAllowedValues() {
        assertThatThrownBy(() -> convert(Colour.class, 0, "BLUE"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("colour")
                .hasMessageContaining("RED, GREEN")
                .satisfies(e -> assertThat(((ProblemException) e).status().getStatusCode())
                        .isEqualTo(400))
                .satisfies(
                        e -> assertThat(((ProblemException) e).errors().get(0).field())
                                .isEqualTo("colour"));
    }

    @Test
    void shouldRejectANumberTooBigOrNoNumberAtAll() {
        assertThatThrownBy(() -> convert(int.class, 1, "abc")).hasMessageContaining("page");
        assertThatThrownBy(() -> convert(int.class, 1, "99999999999")).hasMessageContaining("page");
    }

    @Test
    void shouldRejectAFlagThatIsNeitherTrueNorFalse() {
        assertThatThrownBy(() -> convert(Boolean.class, 2, "maybe")).hasMessageContaining("overdue");
        assertThatThrownBy(() -> convert(UUID.class, 3, "nope")).hasMessageContaining("id");
    }

    @Test
    void shouldLeavePathParametersAndTextToTheDefaultConversion() {
        assertThat(converters.getConverter(int.class, int.class, annotations(4)))
                .isNull();
        assertThat(converters.getConverter(String.class, String.class, annotations(5)))
                .isNull();
    }

    private <T> T convert(Class<T> type, int parameter, String value) {
        return converters.getConverter(type, type, annotations(parameter)).fromString(value);
    }

    private static Annotation[] annotations(int parameter) {
        try {
            return QueryParamConvertersTest.class.getDeclaredMethod(
                            "endpoint", Colour.class, int.class, Boolean.class, UUID.class, int.class, String.class)
                    .getParameterAnnotations()[parameter];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
