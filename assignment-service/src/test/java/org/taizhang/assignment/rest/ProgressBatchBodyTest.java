package org.taizhang.assignment.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.service.BatchEntry;
import org.taizhang.platform.problem.ProblemException;

class ProgressBatchBodyTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ProgressBatchBody body = new ProgressBatchBody(json, new ProgressBatchReader(json), 3);

    @Test
    void shouldReadEachReportOnItsOwn() throws IOException {
        List<BatchEntry> entries = read("{\"reports\":[{\"reportId\":\"r-1\",\"status\":\"IN_PROGRESS\"},"
                + "{\"reportId\":\"r-2\",\"status\":\"DONE\"}]}");

        assertThat(entries).extracting(BatchEntry::reportId).containsExactly("r-1", "r-2");
        assertThat(entries.get(0).unreadable()).isNull();
        assertThat(entries.get(1).unreadable().message()).contains("DONE is not one of");
    }

    @Test
    void shouldStopAtTheFirstReportPastTheLimitWithoutReadingFurther() {
        InputStream head = stream("{\"reports\":[{},{},{},{}");
        InputStream never = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read past report 4");
            }
        };

        assertThatThrownBy(() -> body.read(new SequenceInputStream(head, never)))
                .isInstanceOf(ProblemException.class)
                .hasMessage("The batch has more than 3 reports; at most 3 are taken at once");
    }

    @Test
    void shouldRejectASwollenReportAloneKeepingItsId() throws IOException {
        String links = "1,".repeat(10_000) + "1";
        List<BatchEntry> entries = read("{\"reports\":[{\"evidence\":[" + links + "],\"reportId\":\"r-big\"},"
                + "{\"reportId\":\"r-2\",\"status\":\"IN_PROGRESS\"}]}");

        assertThat(entries).extracting(BatchEntry::reportId).containsExactly("r-big", "r-2");
        assertThat(entries.get(0).unreadable().message()).startsWith("the report is too large");
        assertThat(entries.get(1).unreadable()).isNull();
    }

    @Test
    void shouldTakeNoReportsAsAnEmptyBatch() throws IOException {
        assertThat(read("")).isEmpty();
        assertThat(read("null")).isEmpty();
        assertThat(read("{\"reports\":null}")).isEmpty();
        assertThat(read("{}")).isEmpty();
    }

    @Test
    void shouldRefuseABodyThatIsNoBatch() {
        for (String wrong : new String[] {"[1,2,3]", "{\"reprots\":[]}", "{\"reports\":{}}", "{\"reports\":[]} {}"}) {
            assertThatThrownBy(() -> read(wrong), wrong)
                    .isInstanceOf(ProblemException.class)
                    .hasMessageStartingWith("Malformed batch");
        }
    }

    private List<BatchEntry> read(String text) throws IOException {
        return body.read(stream(text));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
