package org.taizhang.plan.parse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What a corpus document holds, as its {@code <base>.expected.json} writes it down. */
record CorpusExpectation(String file, int year, List<String> sections, List<Task> tasks) {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static CorpusExpectation read(Path json) {
        try {
            return JSON.readValue(json.toFile(), CorpusExpectation.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        }
    }

    /** One expected task; unit lists name units as the document writes them. */
    record Task(
            String number,
            String section,
            String subsection,
            String titleStart,
            String requirementStart,
            String deadlineRaw,
            String deadlineKind,
            String dueDate,
            List<String> units,
            List<String> leadUnits,
            List<String> supportUnits,
            List<String> ambiguousUnits,
            String unitsRaw) {

        Task {
            units = orEmpty(units);
            leadUnits = orEmpty(leadUnits);
            supportUnits = orEmpty(supportUnits);
            ambiguousUnits = orEmpty(ambiguousUnits);
        }

        /** The section path without the levels the task does not have. */
        List<String> sectionPath() {
            List<String> path = new ArrayList<>();
            if (section != null) {
                path.add(section);
            }
            if (subsection != null) {
                path.add(subsection);
            }
            return path;
        }

        private static List<String> orEmpty(List<String> list) {
            return list == null ? List.of() : List.copyOf(list);
        }
    }
}
