package org.taizhang.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JsonMessagesTest {

    enum Status {
        OPEN,
        DONE
    }

    record Item(Status status, int percent, LocalDate due, UUID id, boolean urgent) {}

    record Batch(List<Item> reports) {}

    private final ObjectMapper json =
            new ObjectMapper().findAndRegisterModules().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldNameAnUnknownFieldAndWhereItIs() {
        assertThat(describe("{\"reports\":[{\"staus\":\"OPEN\"}]}")).isEqualTo("Unknown field \"staus\" in reports[0]");
        assertThat(describe("{\"report\":[]}")).isEqualTo("Unknown field \"report\"");
    }

    @Test
    void shouldListTheValuesAnEnumeratedFieldTakes() {
        assertThat(describe("{\"reports\":[{},{\"status\":\"LATER\"}]}"))
                .isEqualTo("reports[1].status: \"LATER\" is not one of OPEN, DONE");
    }

    @Test
    void shouldSayWhatAWronglyTypedFieldTakes() {
        assertThat(describe("{\"reports\":[{\"percent\":\"half\"}]}"))
                .isEqualTo("reports[0].percent: \"half\" is not a whole number");
        assertThat(describe("{\"reports\":[{\"due\":\"tomorrow\"}]}"))
                .isEqualTo("reports[0].due: \"tomorrow\" is not a date (YYYY-MM-DD)");
        assertThat(describe("{\"reports\":[{\"id\":\"x\"}]}")).isEqualTo("reports[0].id: \"x\" is not a UUID");
        assertThat(describe("{\"reports\":[{\"urgent\":[]}]}")).isEqualTo("reports[0].urgent: expected true or false");
        assertThat(describe("{\"reports\":{}}")).isEqualTo("reports: expected a list");
        assertThat(describe("[]")).isEqualTo("The body: expected an object");
    }

    @Test
    void shouldPointAtBrokenSyntaxByLineAndColumn() {
        assertThat(describe("{\"reports\": [\n  {\"percent\": }]}")).isEqualTo("Malformed JSON at line 2, column 15");
    }

    @Test
    void shouldNeverNameAJavaClass() {
        for (String body : new String[] {
            "{\"reports\":[{\"staus\":1}]}", "{\"reports\":[{\"status\":7}]}", "{\"reports\":\"x\"}", "[]", "{", "7"
        }) {
            assertThat(describe(body)).as(body).doesNotContain("org.", "java.", "class", "`", "$");
        }
    }

    private String describe(String body) {
        var failure = catchThrowableOfType(JsonProcessingException.class, () -> json.readValue(body, Batch.class));
        assertThat(failure).as("%s is refused", body).isNotNull();
        return JsonMessages.describe(failure);
    }
}
