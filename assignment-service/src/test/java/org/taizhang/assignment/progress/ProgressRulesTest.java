package org.taizhang.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.assignment.progress.Rejection.Reason;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.DeadlineKind;

class ProgressRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-25T02:00:00Z");
    private static final String LINK = "https://www.example.gov.cn/zwgk/2026/notice.html";
    private static final String SUMMARY = "已在门户网站公开年度报告";

    @Test
    void shouldAcceptAnOrdinaryProgressReport() {
        assertThat(fields(new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, SUMMARY, 40, List.of(), NOW)))
                .isEmpty();
        assertThat(fields(new ProgressInput(null, AssignmentStatus.NOT_STARTED, null, null, null, null)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void shouldRejectABlankReportId(String reportId) {
        assertInvalid(fields(inProgress(reportId, null, List.of())), "reportId");
    }

    @Test
    void shouldRejectAReportIdLongerThanTheLimit() {
        assertThat(fields(inProgress("x".repeat(ProgressRules.MAX_REPORT_ID), null, List.of())))
                .isEmpty();
        assertInvalid(fields(inProgress("x".repeat(ProgressRules.MAX_REPORT_ID + 1), null, List.of())), "reportId");
    }

    @Test
    void shouldRequireAStatus() {
        assertInvalid(fields(new ProgressInput("r-1", null, SUMMARY, null, List.of(), null)), "status is required");
    }

    @Test
    void shouldRejectASummaryLongerThanTheLimit() {
        String longest = "字".repeat(ProgressRules.MAX_SUMMARY);
        assertThat(fields(new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, longest, null, null, null)))
                .isEmpty();
        assertInvalid(
                fields(new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, longest + "字", null, null, null)),
                "summary");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void shouldRejectAPercentOutsideZeroToHundred(int percent) {
        assertInvalid(fields(inProgress("r-1", percent, List.of())), "percent must be between 0 and 100");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 99, 100})
    void shouldAcceptAPercentFromZeroToHundred(int percent) {
        assertThat(fields(inProgress("r-1", percent, List.of()))).isEmpty();
    }

    @Test
    void shouldRejectMoreEvidenceLinksThanTheLimit() {
        assertThat(fields(inProgress("r-1", null, Collections.nCopies(ProgressRules.MAX_EVIDENCE, LINK))))
                .isEmpty();
        assertInvalid(
                fields(inProgress("r-1", null, Collections.nCopies(ProgressRules.MAX_EVIDENCE + 1, LINK))),
                "at most " + ProgressRules.MAX_EVIDENCE);
    }

    @Test
    void shouldRejectMoreEvidenceFilesThanTheLimitOrANullOne() {
        List<UUID> most = Stream.generate(UUID::randomUUID)
                .limit(ProgressRules.MAX_EVIDENCE)
                .toList();
        assertThat(fields(citing(most))).isEmpty();
        List<UUID> tooMany =
                Stream.concat(most.stream(), Stream.of(UUID.randomUUID())).toList();
        assertInvalid(fields(citing(tooMany)), "at most " + ProgressRules.MAX_EVIDENCE + " evidence files");
        assertInvalid(fields(citing(Arrays.asList(UUID.randomUUID(), null))), "evidenceFileIds holds null");
    }

    private static ProgressInput citing(List<UUID> files) {
        return new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, SUMMARY, null, List.of(), null, files);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://example.gov.cn/report.pdf",
                "file:///etc/passwd",
                "javascript:alert(1)",
                "mailto:office@example.gov.cn",
                "www.example.gov.cn/zwgk",
                "/zwgk/notice.html",
                "https:///no-host",
                "http://exa mple.gov.cn",
                "",
                "   "
            })
    void shouldRejectEvidenceThatIsNotAnHttpLinkWithAHost(String link) {
        assertInvalid(fields(inProgress("r-1", null, List.of(LINK, link))), "evidence link is not an http(s) URL");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.gov.cn",
                "https://www.example.gov.cn/zwgk/index.html?id=12#top",
                "HTTPS://WWW.EXAMPLE.GOV.CN/",
                "  https://example.gov.cn/padded  "
            })
    void shouldAcceptHttpAndHttpsLinksWithAHost(String link) {
        assertThat(fields(inProgress("r-1", null, List.of(link)))).isEmpty();
    }

    @Test
    void shouldRejectAnEvidenceLinkLongerThanTheLimitAndQuoteItAbbreviated() {
        String prefix = "https://example.gov.cn/";
        String longest = prefix + "a".repeat(ProgressRules.MAX_URL - prefix.length());
        assertThat(fields(inProgress("r-1", null, List.of(longest)))).isEmpty();

        Optional<Rejection> rejected = fields(inProgress("r-1", null, List.of(longest + "a")));

        assertInvalid(rejected, "evidence link is not an http(s) URL");
        assertThat(rejected.orElseThrow().message()).endsWith("…").hasSizeLessThan(200);
    }

    @Test
    void shouldRejectControlCharactersInEveryTextFieldBeforeAnyOtherRule() {
        assertInvalid(
                ProgressRules.checkText(inProgress("r-\u0000", null, List.of())),
                "reportId holds a control character (U+0000) at position 3");
        assertInvalid(
                ProgressRules.checkText(new ProgressInput("r-1", null, "已\u0000", null, null, null)),
                "summary holds a control character (U+0000) at position 2");
        assertInvalid(
                ProgressRules.checkText(inProgress("r-1", null, List.of(LINK, LINK + "\u001b"))),
                "evidence[1] holds a control character (U+001B)");
        assertInvalid(
                fields(new ProgressInput("r-1", null, "已\u0000", null, null, null)),
                "summary holds a control character");
        assertThat(ProgressRules.checkText(new ProgressInput("r-1", null, "一、\r\n二、\t", null, List.of(LINK), null)))
                .isEmpty();
    }

    @Test
    void shouldRejectANullEvidenceLinkInsteadOfFailing() {
        assertInvalid(fields(inProgress("r-1", null, Arrays.asList(LINK, null))), "evidence link");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(ints = 100)
    void shouldAcceptCompletionWithSummaryEvidenceAndPercentHundredOrAbsent(Integer percent) {
        assertThat(fields(completed(SUMMARY, percent, List.of(LINK)))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  \n "})
    void shouldRejectCompletionWithoutSummary(String summary) {
        assertInvalid(fields(completed(summary, 100, List.of(LINK))), "COMPLETED needs a summary");
    }

    @Test
    void shouldRejectCompletionWithoutEvidence() {
        assertInvalid(fields(completed(SUMMARY, 100, List.of())), "COMPLETED needs at least one evidence link");
        assertInvalid(fields(completed(SUMMARY, 100, null)), "COMPLETED needs at least one evidence link");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 50, 99})
    void shouldRejectCompletionWithAPercentBelowHundred(int percent) {
        assertInvalid(fields(completed(SUMMARY, percent, List.of(LINK))), "COMPLETED with percent " + percent);
    }

    @ParameterizedTest
    @EnumSource(
            value = AssignmentStatus.class,
            names = {"COMPLETED"},
            mode = EnumSource.Mode.EXCLUDE)
    void shouldNotAskOtherStatusesForSummaryOrEvidence(AssignmentStatus status) {
        assertThat(fields(new ProgressInput("r-1", status, null, 30, List.of(), null)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "NOT_STARTED, IN_PROGRESS",
        "IN_PROGRESS, COMPLETED",
        "NOT_STARTED, COMPLETED",
        "COMPLETED, COMPLETED",
        "NOT_STARTED, NOT_STARTED"
    })
    void shouldLetAUnitMoveForward(AssignmentStatus current, AssignmentStatus next) {
        assertThat(unitMove(current, next, DeadlineKind.FIXED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = AssignmentStatus.class,
            names = {"NOT_STARTED", "IN_PROGRESS", "ONGOING"})
    void shouldRefuseToReopenACompletedAssignmentWithoutTheOffice(AssignmentStatus next) {
        assertTransitionRefused(
                unitMove(AssignmentStatus.COMPLETED, next, DeadlineKind.PERIODIC), "reopening a completed assignment");
    }

    @ParameterizedTest
    @EnumSource(
            value = AssignmentStatus.class,
            names = {"IN_PROGRESS", "ONGOING"})
    void shouldRefuseGoingBackToNotStartedWithoutTheOffice(AssignmentStatus current) {
        assertTransitionRefused(
                unitMove(current, AssignmentStatus.NOT_STARTED, DeadlineKind.ONGOING), "cannot go back to NOT_STARTED");
    }

    @ParameterizedTest
    @EnumSource(AssignmentStatus.class)
    void shouldRefuseOngoingForAFixedDeadlineEvenForTheOffice(AssignmentStatus current) {
        assertTransitionRefused(
                officeMove(current, AssignmentStatus.ONGOING, DeadlineKind.FIXED), "this task has a fixed due date");
        if (current != AssignmentStatus.COMPLETED) {
            assertTransitionRefused(
                    unitMove(current, AssignmentStatus.ONGOING, DeadlineKind.FIXED), "this task has a fixed due date");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DeadlineKind.class,
            names = {"FIXED"},
            mode = EnumSource.Mode.EXCLUDE)
    void shouldAllowOngoingForDeadlinesThatAreNotFixed(DeadlineKind kind) {
        for (AssignmentStatus current :
                List.of(AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS, AssignmentStatus.ONGOING)) {
            assertThat(unitMove(current, AssignmentStatus.ONGOING, kind))
                    .as("from %s", current)
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("everyMove")
    void shouldLetTheOfficeDoEverythingExceptOngoingOnAFixedDeadline(
            AssignmentStatus current, AssignmentStatus next, DeadlineKind kind) {
        Optional<Rejection> result = officeMove(current, next, kind);

        if (next == AssignmentStatus.ONGOING && kind == DeadlineKind.FIXED) {
            assertTransitionRefused(result, "fixed due date");
        } else {
            assertThat(result).isEmpty();
        }
    }

    static Stream<Arguments> everyMove() {
        return Stream.of(AssignmentStatus.values())
                .flatMap(current -> Stream.of(AssignmentStatus.values())
                        .flatMap(next ->
                                Stream.of(DeadlineKind.values()).map(kind -> Arguments.of(current, next, kind))));
    }

    private static Optional<Rejection> fields(ProgressInput in) {
        return ProgressRules.checkFields(in);
    }

    private static Optional<Rejection> unitMove(AssignmentStatus current, AssignmentStatus next, DeadlineKind kind) {
        return ProgressRules.checkTransition(current, completedOr(next), kind, false);
    }

    private static Optional<Rejection> officeMove(AssignmentStatus current, AssignmentStatus next, DeadlineKind kind) {
        return ProgressRules.checkTransition(current, completedOr(next), kind, true);
    }

    private static ProgressInput completedOr(AssignmentStatus status) {
        return new ProgressInput("r-1", status, SUMMARY, null, List.of(LINK), null);
    }

    private static ProgressInput inProgress(String reportId, Integer percent, List<String> evidence) {
        return new ProgressInput(reportId, AssignmentStatus.IN_PROGRESS, SUMMARY, percent, evidence, null);
    }

    private static ProgressInput completed(String summary, Integer percent, List<String> evidence) {
        return new ProgressInput("r-1", AssignmentStatus.COMPLETED, summary, percent, evidence, null);
    }

    private static void assertInvalid(Optional<Rejection> result, String messagePart) {
        assertRejected(result, Reason.INVALID_FIELD, messagePart);
    }

    private static void assertTransitionRefused(Optional<Rejection> result, String messagePart) {
        assertRejected(result, Reason.INVALID_TRANSITION, messagePart);
    }

    private static void assertRejected(Optional<Rejection> result, Reason reason, String messagePart) {
        assertThat(result).hasValueSatisfying(rejection -> {
            assertThat(rejection.reason()).isEqualTo(reason);
            assertThat(rejection.message()).contains(messagePart);
        });
    }
}
