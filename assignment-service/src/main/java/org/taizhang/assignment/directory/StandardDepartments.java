package org.taizhang.assignment.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The default alias catalogue of the standard departments of city and county governments, read from
 * {@code directory/standard-departments.csv} (columns {@code canonical,aliases,kind}, aliases separated by {@code |}).
 *
 * <p>Names carry no level or place prefix: {@code 发展和改革委员会}, not {@code 市发展和改革委员会}. Kept as data so that the
 * office can extend it without a release of code.
 */
public final class StandardDepartments {

    /** Classpath location of the default catalogue. */
    public static final String RESOURCE = "/directory/standard-departments.csv";

    /** One standard department: its full name, the other ways it is written, and the kind of unit it is. */
    public record Entry(String canonical, List<String> aliases, UnitKind kind) {
        public Entry {
            aliases = List.copyOf(aliases);
        }
    }

    private final List<Entry> entries;

    private StandardDepartments(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The catalogue shipped with the service. */
    public static StandardDepartments load() {
        try (InputStream in = StandardDepartments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue in the CSV layout above; the first line is a header, blank lines and {@code #} lines skipped. */
    public static StandardDepartments parse(Reader csv) {
        try (BufferedReader reader = new BufferedReader(csv)) {
            List<Entry> entries = new ArrayList<>();
            reader.lines()
                    .skip(1)
                    .map(String::strip)
                    .filter(StandardDepartments::isData)
                    .forEach(line -> entries.add(entry(line)));
            return new StandardDepartments(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    private static boolean isData(String line) {
        return !line.isEmpty() && !line.startsWith("#");
    }

    private static Entry entry(String line) {
        String[] columns = line.replace("\uFEFF", "").split(",", -1);
        List<String> aliases = columns.length > 1
                ? Arrays.stream(columns[1].split("\\|"))
                        .map(String::strip)
                        .filter(alias -> !alias.isEmpty())
                        .toList()
                : List.of();
        return new Entry(columns[0].strip(), aliases, kind(columns.length > 2 ? columns[2] : ""));
    }

    private static UnitKind kind(String column) {
        String name = column.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(UnitKind.values())
                .filter(kind -> kind.name().equals(name))
                .findFirst()
                .orElse(UnitKind.DEPARTMENT);
    }
}
