package org.taizhang.reminder.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarLoaderTest {

    private final CalendarLoader loader = new CalendarLoader();

    @Test
    void shouldShipValid2025And2026Calendars() {
        CalendarYear y2025 = loader.bundled(2025).orElseThrow().calendar().orElseThrow();
        CalendarYear y2026 = loader.bundled(2026).orElseThrow().calendar().orElseThrow();

        assertThat(y2025.holidayNames()).hasSize(1 + 8 + 3 + 5 + 3 + 8);
        assertThat(y2025.makeUpWorkdays()).hasSize(5);
        assertThat(y2026.holidayNames()).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(y2026.makeUpWorkdays())
                .containsExactly(
                        LocalDate.of(2026, 1, 4),
                        LocalDate.of(2026, 2, 14),
                        LocalDate.of(2026, 2, 28),
                        LocalDate.of(2026, 5, 9),
                        LocalDate.of(2026, 9, 20),
                        LocalDate.of(2026, 10, 10));
        assertThat(y2026.holidayNames()).containsEntry(LocalDate.of(2026, 2, 17), "春节");
        assertThat(y2026.source()).contains("国务院办公厅");
    }

    @Test
    void shouldShipNothingForOtherYears() {
        assertThat(loader.bundled(2027)).isEmpty();
        assertThat(loader.bundledYears(2020, 2030))
                .extracting(CalendarYear::year)
                .containsExactly(2025, 2026);
    }

    @Test
    void shouldReadASingleDayHolidayWithoutTo() {
        CalendarLoadResult result = loader.parse("""
                {"year": 2027, "holidays": [{"name": "元旦", "from": "2027-01-01"}]}
                """);

        assertThat(result.valid()).isTrue();
        assertThat(result.year().holidays())
                .containsExactly(new Holiday("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)));
        assertThat(result.year().makeUpWorkdays()).isEmpty();
    }

    @Test
    void shouldListEveryValidationErrorInsteadOfThrowing() {
        CalendarLoadResult result = loader.parse("""
                {"year": 2027,
                 "holidays": [{"name": "春节", "from": "2027-02-06", "to": "2027-02-12"},
                              {"name": "元旦", "from": "2028-01-01"}],
                 "makeUpWorkdays": ["2027-02-06", "2027-02-17", "2026-12-26"]}
                """);

        assertThat(result.valid()).isFalse();
        assertThat(result.calendar()).isEmpty();
        assertThat(result.errors())
                .anySatisfy(e -> assertThat(e).contains("holidays[1]").contains("2028-01-01 is outside 2027"))
                .anySatisfy(e -> assertThat(e).contains("makeUpWorkdays[0]").contains("also listed in holidays[0]"))
                .anySatisfy(e -> assertThat(e).contains("makeUpWorkdays[1]").contains("WEDNESDAY"))
                .anySatisfy(e -> assertThat(e).contains("makeUpWorkdays[2]").contains("outside 2027"))
                .hasSize(4);
    }

    @Test
    void shouldReportMalformedDatesAndFieldsTogether() {
        CalendarLoadResult result = loader.parse("""
                {"year": "2027", "holidays": [{"name": "春节", "from": "2027-02-30"}],
                 "makeUpWorkdays": [20270207], "comment": "draft"}
                """);

        assertThat(result.errors())
                .containsExactlyInAnyOrder(
                        "comment: unknown field",
                        "year: a whole number is required",
                        "holidays[0].from: '2027-02-30' is not a date yyyy-MM-dd",
                        "makeUpWorkdays[0]: a date yyyy-MM-dd is required");
    }

    @Test
    void shouldReportOverlappingHolidaysAndReversedRanges() {
        CalendarYear year = new CalendarYear(
                2027,
                null,
                List.of(
                        new Holiday("国庆节", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 7)),
                        new Holiday("中秋节", LocalDate.of(2027, 10, 7), LocalDate.of(2027, 10, 7)),
                        new Holiday(" ", LocalDate.of(2027, 5, 5), LocalDate.of(2027, 5, 1))),
                List.of());

        assertThat(year.validate())
                .containsExactly(
                        "holidays[1]: 2027-10-07 is already a holiday in holidays[0]",
                        "holidays[2]: a holiday needs a name",
                        "holidays[2]: 2027-05-01 is before 2027-05-05");
    }

    @Test
    void shouldRejectSomethingThatIsNotJson() {
        assertThat(loader.parse("year: 2027").errors())
                .singleElement()
                .asString()
                .startsWith("not valid JSON");
        assertThat(loader.parse("[]").errors()).containsExactly("a calendar must be a JSON object");
    }
}
