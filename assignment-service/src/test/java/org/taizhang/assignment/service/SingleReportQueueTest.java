package org.taizhang.assignment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.progress.Reporter;
import org.taizhang.events.assignment.AssignmentStatus;

class SingleReportQueueTest {

    private static final Reporter OFFICE = new Reporter("office", Reporter.Via.OFFICE, null, null);

    private final FakeProgress progress = new FakeProgress();
    private final SingleReportQueue queue = new SingleReportQueue(progress, config(), new SimpleMeterRegistry());

    @AfterEach
    void stop() throws InterruptedException {
        progress.firstCall.countDown();
        queue.stop(null);
    }

    @Test
    void shouldRecordTheReportsWaitingTogetherInOneTransaction() {
        queue.start(null);
        CompletableFuture<ReportOutcome> first = send("first");
        await().until(() -> progress.calls.size() == 1);
        List<CompletableFuture<ReportOutcome>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waiting.add(send("waiting-" + i));
        }
        await().until(() -> queue.waiting() == 5);

        progress.firstCall.countDown();

        assertThat(first.join().report().summary).isEqualTo("first");
        assertThat(waiting)
                .extracting(f -> f.join().report().summary)
                .containsExactly("waiting-0", "waiting-1", "waiting-2", "waiting-3", "waiting-4");
        assertThat(progress.calls).extracting(List::size).containsExactly(1, 5);
    }

    @Test
    void shouldRecordTheReportsOfAFailedGroupOneByOneSoOnlyTheBadOneFails() {
        queue.start(null);
        send("first");
        await().until(() -> progress.calls.size() == 1);
        CompletableFuture<ReportOutcome> good = send("good");
        CompletableFuture<ReportOutcome> bad = send("poison");
        CompletableFuture<ReportOutcome> alsoGood = send("also good");
        await().until(() -> queue.waiting() == 3);

        progress.firstCall.countDown();

        assertThat(good.join().outcome()).isEqualTo(ReportOutcome.Outcome.ACCEPTED);
        assertThat(alsoGood.join().outcome()).isEqualTo(ReportOutcome.Outcome.ACCEPTED);
        assertThatThrownBy(bad::join).hasRootCauseMessage("cannot write poison");
        assertThat(progress.calls).extracting(List::size).containsExactly(1, 3, 1, 1, 1);
    }

    @Test
    void shouldFailTheWholeGroupWithoutRetryingWhenTheDatabaseIsUnreachable() {
        queue.start(null);
        send("first");
        await().until(() -> progress.calls.size() == 1);
        CompletableFuture<ReportOutcome> one = send("unreachable");
        CompletableFuture<ReportOutcome> two = send("two");
        await().until(() -> queue.waiting() == 2);

        progress.firstCall.countDown();

        assertThatThrownBy(one::join).hasRootCauseInstanceOf(SQLException.class);
        assertThatThrownBy(two::join).hasRootCauseInstanceOf(SQLException.class);
        assertThat(progress.calls).extracting(List::size).containsExactly(1, 2);
    }

    @Test
    void shouldThrowARefusalAsTheCallersProblem() {
        progress.firstCall.countDown();
        queue.start(null);

        assertThatThrownBy(() -> queue.report(UUID.randomUUID(), input("refuse NOT_YOURS"), OFFICE))
                .isInstanceOf(ReportRejectedException.class)
                .hasMessageContaining("NOT_YOURS");
        assertThatThrownBy(() -> queue.report(UUID.randomUUID(), input("refuse UNKNOWN_ASSIGNMENT"), OFFICE))
                .isInstanceOf(AssignmentNotFoundException.class);
    }

    private CompletableFuture<ReportOutcome> send(String summary) {
        return CompletableFuture.supplyAsync(() -> queue.report(UUID.randomUUID(), input(summary), OFFICE));
    }

    private static ProgressInput input(String summary) {
        return new ProgressInput(null, AssignmentStatus.IN_PROGRESS, summary, 10, List.of(), null);
    }

    private static AssignmentConfig config() {
        AssignmentConfig config = mock(AssignmentConfig.class);
        when(config.reportWriters()).thenReturn(1);
        when(config.maxReportGroup()).thenReturn(64);
        return config;
    }

    /** Records nothing: answers each report with itself, after holding the first call until the test lets it go. */
    private static final class FakeProgress extends ProgressService {

        final List<List<SingleReport>> calls = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstCall = new CountDownLatch(1);

        FakeProgress() {
            super(null, null, null, null, null, null, null);
        }

        @Override
        public List<ReportOutcome> together(List<SingleReport> reports) {
            calls.add(List.copyOf(reports));
            try {
                firstCall.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<String> summaries =
                    reports.stream().map(r -> r.input().summary()).toList();
            if (summaries.contains("unreachable")) {
                throw new IllegalStateException(new SQLException("connection refused", "08001"));
            }
            if (summaries.contains("poison")) {
                throw new IllegalStateException("cannot write poison");
            }
            return reports.stream().map(FakeProgress::answer).toList();
        }

        private static ReportOutcome answer(SingleReport report) {
            String summary = report.input().summary();
            if (summary.startsWith("refuse ")) {
                return ReportOutcome.rejected(Rejection.of(Rejection.Reason.valueOf(summary.substring(7)), summary));
            }
            ProgressReport recorded = new ProgressReport();
            recorded.summary = summary;
            return ReportOutcome.accepted(recorded);
        }
    }
}
