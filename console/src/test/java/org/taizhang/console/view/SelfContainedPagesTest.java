package org.taizhang.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Government intranets reach no CDN: no template or asset loads anything from another host. */
class SelfContainedPagesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern LOADS =
            Pattern.compile("(?:src|href)\\s*=\\s*\"((?:https?:)?//[^\"]*)\"|url\\(\\s*['\"]?((?:https?:)?//[^)'\"]*)");

    @Test
    void shouldLoadScriptsStylesFontsAndImagesFromTheConsoleOnly() throws IOException {
        List<String> external =
                assets().flatMap(SelfContainedPagesTest::externalLoads).toList();

        assertThat(assets()).as("templates and assets found").isNotEmpty();
        assertThat(external).isEmpty();
    }

    @Test
    void shouldFindAnExternalLoadWhereThereIsOne() {
        Matcher matcher = LOADS.matcher("<script src=\"https://cdn.example/htmx.js\"></script>");

        assertThat(matcher.find()).isTrue();
    }

    private static Stream<Path> assets() throws IOException {
        return Files.walk(RESOURCES).filter(path -> path.toString().matches(".*\\.(html|css|js|svg)$"));
    }

    private static Stream<String> externalLoads(Path file) {
        try {
            Matcher matcher = LOADS.matcher(Files.readString(file));
            return matcher
                    .results()
                    .map(found -> file + ": " + (found.group(1) != null ? found.group(1) : found.group(2)))
                    // The SVG namespace is an identifier, not a load.
                    .filter(found -> !found.contains("www.w3.org/2000/svg"))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
