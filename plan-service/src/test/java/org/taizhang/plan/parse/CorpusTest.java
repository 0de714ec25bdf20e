package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Imports every document of the test corpus ({@code corpus/} on the test classpath) that has a
 * {@code <base>.expected.json} and compares it task by task; logs a fidelity table of the whole corpus.
 */
class CorpusTest {

    private static final System.Logger LOG = System.getLogger(CorpusTest.class.getName());
    private static final Map<String, String> TABLE = new ConcurrentSkipListMap<>();

    @TestFactory
    Stream<DynamicTest> shouldImportEachCorpusDocumentAsItsExpectationWritesIt() throws IOException {
        Path corpus = corpus();
        List<Path> documents;
        try (Stream<Path> files = Files.list(corpus)) {
            documents = files.filter(f -> !f.getFileName().toString().endsWith(".json"))
                    .filter(f -> Files.exists(expectationOf(f)))
                    .sorted()
                    .toList();
        }
        assertThat(documents)
                .as("documents with an expectation under %s", corpus)
                .isNotEmpty();
        return documents.stream()
                .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }

    @AfterAll
    static void logFidelityTable() {
        LOG.log(System.Logger.Level.INFO, "Corpus fidelity\n" + String.join("\n", TABLE.values()));
    }

    private static void check(Path document) throws IOException {
        CorpusExpectation expected = CorpusExpectation.read(expectationOf(document));
        String name = document.getFileName().toString();
        ParsedDocument got;
        try {
            got = new PlanDocumentImporter().read(Files.readAllBytes(document), name, expected.year());
        } catch (ImportRejectedException e) {
            TABLE.put(name, String.format("%-55s rejected: %s", name, e.getMessage()));
            throw new AssertionError(
                    name + ": rejected, expected " + expected.tasks().size() + " tasks: " + e.getMessage(), e);
        }
        CorpusFidelity fidelity = CorpusFidelity.of(name, expected, got);
        TABLE.put(name, fidelity.line());
        assertThat(fidelity.passes()).as(fidelity::failure).isTrue();
    }

    /** {@code <base>.expected.json} beside the document, base being its name up to the first dot. */
    static Path expectationOf(Path document) {
        String name = document.getFileName().toString();
        int dot = name.indexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return document.resolveSibling(base + ".expected.json");
    }

    private static Path corpus() {
        try {
            return Path.of(
                    CorpusTest.class.getClassLoader().getResource("corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
