package org.taizhang.reminder.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a year's arrangement from JSON and validates it, reporting every problem as a message instead of throwing:
 *
 * <pre>{@code
 * {"year": 2026, "source": "国办发明电〔2025〕7号",
 *  "holidays": [{"name": "春节", "from": "2026-02-15", "to": "2026-02-23"}, {"name": "端午节", "from": "2026-06-19"}],
 *  "makeUpWorkdays": ["2026-02-14", "2026-02-28"]}
 * }</pre>
 *
 * A holiday without {@code to} lasts one day. The years shipped with the service live in {@code calendar/<year>.json}
 * on the class path; later years are uploaded by the office in the same format.
 */
public final class CalendarLoader {

    private static final Set<String> FIELDS = Set.of("year", "source", "holidays", "makeUpWorkdays");
    private static final Set<String> HOLIDAY_FIELDS = Set.of("name", "from", "to");

    private final ObjectMapper mapper;

    public CalendarLoader() {
        this(new ObjectMapper());
    }

    public CalendarLoader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public CalendarLoadResult parse(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return CalendarLoadResult.of(null, List.of("not valid JSON: " + e.getOriginalMessage()));
        }
        return read(root);
    }

    public CalendarLoadResult parse(InputStream json) {
        try {
            return parse(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped calendar of {@code year}, empty when the service does not ship one. */
    public Optional<CalendarLoadResult> bundled(int year) {
        try (InputStream in = CalendarLoader.class.getClassLoader().getResourceAsStream("calendar/" + year + ".json")) {
            return in == null ? Optional.empty() : Optional.of(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid shipped calendars of {@code fromYear..toYear}; a shipped file that is invalid is a build defect. */
    public List<CalendarYear> bundledYears(int fromYear, int toYear) {
        List<CalendarYear> years = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            bundled(year)
                    .ifPresent(result -> years.add(result.calendar()
                            .orElseThrow(() ->
                                    new IllegalStateException("shipped calendar is invalid: " + result.errors()))));
        }
        return years;
    }

    private CalendarLoadResult read(JsonNode root) {
        if (root == null || !root.isObject()) {
            return CalendarLoadResult.of(null, List.of("a calendar must be a JSON object"));
        }
        List<String> errors = new ArrayList<>();
        unknownFields(root, FIELDS, "", errors);
        JsonNode yearNode = root.get("year");
        if (yearNode == null || !yearNode.isIntegralNumber() || !yearNode.canConvertToInt()) {
            errors.add("year: a whole number is required");
        }
        String source = root.hasNonNull("source") ? root.get("source").asText() : null;
        List<Holiday> holidays = readHolidays(root.get("holidays"), errors);
        List<LocalDate> makeUps = readDates(root.get("makeUpWorkdays"), errors);
        if (!errors.isEmpty()) {
            return CalendarLoadResult.of(null, errors);
        }
        CalendarYear year = new CalendarYear(yearNode.asInt(), source, holidays, makeUps);
        return CalendarLoadResult.of(year, year.validate());
    }

    private List<Holiday> readHolidays(JsonNode node, List<String> errors) {
        List<Holiday> holidays = new ArrayList<>();
        if (node == null || !node.isArray()) {
            errors.add("holidays: a list is required");
            return holidays;
        }
        for (int i = 0; i < node.size(); i++) {
            String where = "holidays[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                errors.add(where + ": an object with name, from and to is required");
                continue;
            }
            unknownFields(item, HOLIDAY_FIELDS, where + ".", errors);
            LocalDate from = date(item.get("from"), where + ".from", errors);
            LocalDate to = item.has("to") ? date(item.get("to"), where + ".to", errors) : from;
            holidays.add(new Holiday(item.path("name").asText(null), from, to));
        }
        return holidays;
    }

    private List<LocalDate> readDates(JsonNode node, List<String> errors) {
        List<LocalDate> dates = new ArrayList<>();
        if (node == null || node.isNull()) {
            return dates;
        }
        if (!node.isArray()) {
            errors.add("makeUpWorkdays: a list of dates is required");
            return dates;
        }
        for (int i = 0; i < node.size(); i++) {
            dates.add(date(node.get(i), "makeUpWorkdays[" + i + "]", errors));
        }
        return dates;
    }

    private static LocalDate date(JsonNode node, String where, List<String> errors) {
        if (node == null || !node.isTextual()) {
            errors.add(where + ": a date yyyy-MM-dd is required");
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            errors.add(where + ": '" + node.asText() + "' is not a date yyyy-MM-dd");
            return null;
        }
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, List<String> errors) {
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                errors.add(prefix + name + ": unknown field");
            }
        });
    }
}
