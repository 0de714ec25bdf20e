package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PsqlSessionTest {

    /** A psql that answers each statement with the number of statements so far, and echoes as psql does. */
    private static final String FAKE_PSQL = """
            #!/bin/sh
            n=0
            while IFS= read -r line; do
              case "$line" in
                '\\echo '*) echo "${line#\\\\echo }" ;;
                *broken*) echo 'ERROR:  syntax error' ;;
                *) n=$((n + 1)); echo "$n" ;;
              esac
            done
            """;

    @TempDir
    Path bin;

    @Test
    void shouldAnswerManyQueriesOverOneConnection() throws IOException {
        try (PsqlSession session = session()) {
            assertThat(session.count("SELECT count(*) FROM assignment")).isEqualTo(1);
            assertThat(session.count("SELECT count(*) FROM assignment")).isEqualTo(2);
            assertThat(session.run("SELECT 'x'")).isEqualTo("3");
        }
    }

    @Test
    void shouldFailWithWhatPsqlSaidWhenTheAnswerIsNoNumber() throws IOException {
        try (PsqlSession session = session()) {
            assertThatThrownBy(() -> session.count("broken"))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("syntax");
        }
    }

    private PsqlSession session() throws IOException {
        Path psql = bin.resolve("psql");
        Files.writeString(psql, FAKE_PSQL);
        Files.setPosixFilePermissions(psql, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new PsqlSession(bin, "5432", "secret", "assignment_service");
    }
}
