package org.taizhang.assignment.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.assignment.progress.ProgressRules;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.progress.Rejection.Reason;
import org.taizhang.assignment.service.AssignmentRef;
import org.taizhang.assignment.service.BatchEntry;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.platform.json.StrictJson;

class ProgressBatchReaderTest {

    private static final String ASSIGNMENT = "6f1c2a4e-8d7b-4a35-9c61-2f0e5b7d9a10";

    private final ObjectMapper json = strict(new ObjectMapper()
            .findAndRegisterModules()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    private static ObjectMapper strict(ObjectMapper mapper) {
        new StrictJson().customize(mapper);
        return mapper;
    }

    private final ProgressBatchReader reader = new ProgressBatchReader(json);

    @Test
    void shouldReadAReportNamingItsAssignmentById() {
        BatchEntry entry = read("""
                {"reportId": "r-1", "assignmentId": "%s", "status": "COMPLETED", "summary": "已公开",
                 "percent": 100, "evidence": ["https://www.example.gov.cn/a.html"],
                 "reportedAt": "2026-06-20T08:30:00Z"}
                """.formatted(ASSIGNMENT));

        assertThat(entry.unreadable()).isNull();
        assertThat(entry.reportId()).isEqualTo("r-1");
        assertThat(entry.ref()).isEqualTo(new AssignmentRef(UUID.fromString(ASSIGNMENT), null, null, null));
        assertThat(entry.ref().byId()).isTrue();
        assertThat(entry.input().reportId()).isEqualTo("r-1");
        assertThat(entry.input().status()).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(entry.input().summary()).isEqualTo("已公开");
        assertThat(entry.input().percent()).isEqualTo(100);
        assertThat(entry.input().evidence()).containsExactly("https://www.example.gov.cn/a.html");
        assertThat(entry.input().reportedAt()).isEqualTo(Instant.parse("2026-06-20T08:30:00Z"));
    }

    @Test
    void shouldReadAReportNamingItsAssignmentAsACountySystemKnowsIt() {
        BatchEntry entry = read("""
                {"reportId": "county-77", "planId": "plan-2026", "taskNumber": "12、", "unitName": "县发改委",
                 "status": "IN_PROGRESS"}
                """);

        assertThat(entry.unreadable()).isNull();
        assertThat(entry.ref()).isEqualTo(new AssignmentRef(null, "plan-2026", "12、", "县发改委"));
        assertThat(entry.ref().byId()).isFalse();
        assertThat(entry.ref().complete()).isTrue();
        assertThat(entry.input().status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(entry.input().evidence()).isEmpty();
        assertThat(entry.input().percent()).isNull();
        assertThat(entry.input().reportedAt()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"r-1\"", "42", "true", "[{\"reportId\": \"r-1\"}]"})
    void shouldRejectAnItemThatIsNotAnObject(String item) {
        assertUnreadable(read(item), "each report must be a JSON object");
    }

    @Test
    void shouldRejectAnAbsentItem() {
        assertUnreadable(reader.read(null), "each report must be a JSON object");
        assertUnreadable(reader.read(JsonNodeFactory.instance.missingNode()), "each report must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"status\": \"IN_PROGRESS\"}",
                "{\"reportId\": \"\", \"status\": \"IN_PROGRESS\"}",
                "{\"reportId\": \"  \", \"status\": \"IN_PROGRESS\"}",
                "{\"reportId\": null, \"status\": \"IN_PROGRESS\"}",
                "{\"reportId\": 17, \"status\": \"IN_PROGRESS\"}"
            })
    void shouldRequireAReportIdInABatch(String item) {
        assertUnreadable(read(item), "reportId is required in a batch");
    }

    @Test
    void shouldNameAnUnknownFieldAndKeepTheReportId() {
        BatchEntry entry = read(
                "{\"reportId\": \"r-2\", \"assignmentId\": \"%s\", \"stauts\": \"COMPLETED\"}".formatted(ASSIGNMENT));

        assertUnreadable(entry, "unknown field stauts");
        assertThat(entry.reportId()).isEqualTo("r-2");
        assertThat(entry.unreadable().message()).isEqualTo("unknown field stauts");
    }

    @Test
    void shouldListTheAcceptedStatusesWithoutNamingJavaClasses() {
        BatchEntry entry =
                read("{\"reportId\": \"r-3\", \"assignmentId\": \"%s\", \"status\": \"DONE\"}".formatted(ASSIGNMENT));

        assertUnreadable(entry, "status: DONE is not one of NOT_STARTED, IN_PROGRESS, COMPLETED, ONGOING");
        assertNoJavaNames(entry.unreadable());
    }

    @Test
    void shouldNotAcceptAStatusInLowerCase() {
        BatchEntry entry = read("{\"reportId\": \"r-3\", \"status\": \"completed\"}");

        assertUnreadable(entry, "status: completed is not one of");
    }

    @Test
    void shouldRejectAPercentThatIsNotANumber() {
        BatchEntry text = read("{\"reportId\": \"r-4\", \"status\": \"IN_PROGRESS\", \"percent\": \"half\"}");
        BatchEntry object = read("{\"reportId\": \"r-5\", \"status\": \"IN_PROGRESS\", \"percent\": {\"value\": 50}}");

        assertUnreadable(text, "percent: half is not a valid Integer");
        assertUnreadable(object, "percent has the wrong type");
        assertNoJavaNames(text.unreadable());
        assertNoJavaNames(object.unreadable());
    }

    @Test
    void shouldRejectAnAssignmentIdThatIsNotAUuid() {
        BatchEntry entry = read("{\"reportId\": \"r-6\", \"assignmentId\": \"A-12\", \"status\": \"IN_PROGRESS\"}");

        assertUnreadable(entry, "assignmentId: A-12 is not a valid UUID");
        assertNoJavaNames(entry.unreadable());
    }

    @Test
    void shouldRejectAReportedAtThatIsNotAnInstant() {
        BatchEntry entry = read("{\"reportId\": \"r-7\", \"status\": \"IN_PROGRESS\", \"reportedAt\": \"yesterday\"}");

        assertUnreadable(entry, "reportedAt: yesterday is not a valid Instant");
        assertNoJavaNames(entry.unreadable());
    }

    @Test
    void shouldRejectEvidenceThatIsNotAList() {
        BatchEntry entry = read("{\"reportId\": \"r-8\", \"status\": \"IN_PROGRESS\", \"evidence\": {\"url\": \"x\"}}");

        assertUnreadable(entry, "evidence has the wrong type");
    }

    @Test
    void shouldReadANullEvidenceLinkWithoutFailingTheBatch() {
        BatchEntry entry = read(
                "{\"reportId\": \"r-9\", \"assignmentId\": \"%s\", \"status\": \"IN_PROGRESS\",".formatted(ASSIGNMENT)
                        + " \"evidence\": [null, \"https://www.example.gov.cn/a.html\"]}");

        assertThat(entry.unreadable()).isNull();
        assertThat(entry.input().evidence()).containsExactly("", "https://www.example.gov.cn/a.html");
        assertThat(ProgressRules.checkFields(entry.input()))
                .hasValueSatisfying(rejection -> assertThat(rejection.reason()).isEqualTo(Reason.INVALID_FIELD));
    }

    @Test
    void shouldReadEachItemOnItsOwn() {
        BatchEntry bad = read("{\"reportId\": \"r-10\", \"status\": \"DONE\"}");
        BatchEntry good = read("{\"reportId\": \"r-11\", \"status\": \"ONGOING\"}");

        assertThat(bad.unreadable()).isNotNull();
        assertThat(good.unreadable()).isNull();
        assertThat(good.input().status()).isEqualTo(AssignmentStatus.ONGOING);
    }

    private BatchEntry read(String item) {
        try {
            return reader.read(json.readTree(item));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void assertUnreadable(BatchEntry entry, String messagePart) {
        assertThat(entry.ref()).isNull();
        assertThat(entry.input()).isNull();
        assertThat(entry.unreadable()).isNotNull();
        assertThat(entry.unreadable().reason()).isEqualTo(Reason.INVALID_FIELD);
        assertThat(entry.unreadable().message()).contains(messagePart);
    }

    private static void assertNoJavaNames(Rejection rejection) {
        assertThat(rejection.message()).doesNotContain("org.taizhang", "java.", "com.fasterxml", "Exception");
    }

    @Test
    void shouldRejectAFractionalPercentAndAStatusGivenAsANumber() {
        String fractional = "{\"reportId\":\"r1\",\"assignmentId\":\"" + java.util.UUID.randomUUID()
                + "\",\"status\":\"IN_PROGRESS\",\"percent\":12.5}";
        String numbered = "{\"reportId\":\"r2\",\"assignmentId\":\"" + java.util.UUID.randomUUID() + "\",\"status\":1}";

        assertThat(read(fractional).unreadable()).isNotNull();
        assertThat(read(numbered).unreadable()).isNotNull();
    }
}
