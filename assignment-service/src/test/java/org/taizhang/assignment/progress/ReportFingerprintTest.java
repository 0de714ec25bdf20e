package org.taizhang.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.events.assignment.AssignmentStatus;

class ReportFingerprintTest {

    private static final String ASSIGNMENT = "6f1c2a4e-8d7b-4a35-9c61-2f0e5b7d9a10";
    private static final String OTHER_ASSIGNMENT = "0b9e3d58-1a2c-4f7e-8b6d-5c4a3e2f1d00";
    private static final String PAGE = "https://www.example.gov.cn/zwgk/a.html";
    private static final String FILE = "https://www.example.gov.cn/zwgk/b.pdf";
    private static final Instant AT = Instant.parse("2026-06-20T08:30:00Z");

    private static final ProgressInput BASE =
            new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, "已完成初稿", 60, List.of(PAGE, FILE), AT);

    @Test
    void shouldGiveTheSameHashForTheSameContent() {
        ProgressInput again =
                new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, "已完成初稿", 60, List.of(PAGE, FILE), AT);

        assertThat(ReportFingerprint.of(ASSIGNMENT, again)).isEqualTo(ReportFingerprint.of(ASSIGNMENT, BASE));
    }

    @Test
    void shouldTellReportsCitingDifferentFilesApartAndKeepTheOldHashWithoutFiles() {
        UUID file = UUID.fromString("0b7f3c2e-6a51-4d1b-9a0e-2f4d8c1e5a77");
        ProgressInput citing = new ProgressInput(
                "r-1", AssignmentStatus.IN_PROGRESS, "已完成初稿", 60, List.of(PAGE, FILE), AT, List.of(file));
        ProgressInput citingNone =
                new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, "已完成初稿", 60, List.of(PAGE, FILE), AT, List.of());

        assertThat(ReportFingerprint.of(ASSIGNMENT, citing)).isNotEqualTo(ReportFingerprint.of(ASSIGNMENT, BASE));
        assertThat(ReportFingerprint.of(ASSIGNMENT, citingNone)).isEqualTo(ReportFingerprint.of(ASSIGNMENT, BASE));
        // The hash stored for such a report before evidence files existed: its retries stay duplicates.
        assertThat(ReportFingerprint.of(ASSIGNMENT, BASE))
                .isEqualTo("763db7fab30f9b5cf030b109a29aa58fa5c100c11ad685a3bad3c5c661b6f7a7");
    }

    @Test
    void shouldBeAHexSha256() {
        assertThat(ReportFingerprint.of(ASSIGNMENT, BASE)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldIgnoreWhitespaceAroundSummaryAndEvidence() {
        ProgressInput padded = new ProgressInput(
                "r-1", AssignmentStatus.IN_PROGRESS, "  已完成初稿\n", 60, List.of(" " + PAGE, FILE + "\t "), AT);

        assertThat(ReportFingerprint.of(ASSIGNMENT, padded)).isEqualTo(ReportFingerprint.of(ASSIGNMENT, BASE));
    }

    @Test
    void shouldTreatAMissingSummaryLikeAnEmptyOne() {
        ProgressInput none = new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, null, 60, List.of(), null);
        ProgressInput blank = new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, "   ", 60, null, null);

        assertThat(ReportFingerprint.of(ASSIGNMENT, none)).isEqualTo(ReportFingerprint.of(ASSIGNMENT, blank));
    }

    @Test
    void shouldLeaveTheClientReportIdOut() {
        ProgressInput renamed =
                new ProgressInput("r-2", AssignmentStatus.IN_PROGRESS, "已完成初稿", 60, List.of(PAGE, FILE), AT);

        assertThat(ReportFingerprint.of(ASSIGNMENT, renamed)).isEqualTo(ReportFingerprint.of(ASSIGNMENT, BASE));
    }

    @ParameterizedTest
    @MethodSource("changedContent")
    void shouldChangeWithAnyChangeOfContent(ProgressInput changed) {
        assertThat(ReportFingerprint.of(ASSIGNMENT, changed)).isNotEqualTo(ReportFingerprint.of(ASSIGNMENT, BASE));
    }

    static Stream<Arguments> changedContent() {
        return Stream.of(
                changed(
                        "status",
                        new ProgressInput("r-1", AssignmentStatus.ONGOING, "已完成初稿", 60, List.of(PAGE, FILE), AT)),
                changed(
                        "summary",
                        new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, "已完成终稿", 60, List.of(PAGE, FILE), AT)),
                changed(
                        "percent",
                        new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, "已完成初稿", 70, List.of(PAGE, FILE), AT)),
                changed(
                        "percent left out",
                        new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, "已完成初稿", null, List.of(PAGE, FILE), AT)),
                changed(
                        "evidence order",
                        new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, "已完成初稿", 60, List.of(FILE, PAGE), AT)),
                changed(
                        "evidence dropped",
                        new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, "已完成初稿", 60, List.of(PAGE), AT)),
                changed(
                        "reportedAt left out",
                        new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, "已完成初稿", 60, List.of(PAGE, FILE), null)),
                changed(
                        "reportedAt moved",
                        new ProgressInput(
                                "r-1",
                                AssignmentStatus.IN_PROGRESS,
                                "已完成初稿",
                                60,
                                List.of(PAGE, FILE),
                                AT.plusSeconds(1))));
    }

    @Test
    void shouldChangeWithTheAssignment() {
        assertThat(ReportFingerprint.of(OTHER_ASSIGNMENT, BASE)).isNotEqualTo(ReportFingerprint.of(ASSIGNMENT, BASE));
    }

    @Test
    void shouldNotMistakeTwoLinksForOneJoinedLink() {
        ProgressInput two = new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, null, null, List.of("a", "b"), null);
        ProgressInput one = new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, null, null, List.of("ab"), null);

        assertThat(ReportFingerprint.of(ASSIGNMENT, two)).isNotEqualTo(ReportFingerprint.of(ASSIGNMENT, one));
    }

    private static Arguments changed(String what, ProgressInput input) {
        return Arguments.of(Named.of(what, input));
    }
}
