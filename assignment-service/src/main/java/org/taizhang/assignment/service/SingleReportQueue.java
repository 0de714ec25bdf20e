package org.taizhang.assignment.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.assignment.progress.Reporter;
import org.taizhang.platform.persistence.TransientFailures;
import org.taizhang.platform.tracing.TraceContext;

/**
 * Records single reports that arrive together in one transaction (group commit): a few writer threads each take
 * whatever reports are waiting, so under load one commit and one round of statements serve many callers, and alone a
 * report is written at once. When a shared transaction fails, its reports are written again one by one, so a report
 * that cannot be written fails only its own caller.
 */
@ApplicationScoped
public class SingleReportQueue {

    private final ProgressService progress;
    private final AssignmentConfig config;
    private final DistributionSummary groupSizes;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    public SingleReportQueue(ProgressService progress, AssignmentConfig config, MeterRegistry registry) {
        this.progress = progress;
        this.config = config;
        this.groupSizes = DistributionSummary.builder("taizhang.progress.group.size")
                .description("Single reports recorded in one transaction")
                .register(registry);
    }

    /** A report waiting for a writer, and where its outcome goes. */
    private record Waiting(SingleReport report, CompletableFuture<ReportOutcome> answer) {}

    void start(@Observes StartupEvent event) {
        running = true;
        for (int i = 0; i < config.reportWriters(); i++) {
            Thread writer = new Thread(this::write, "report-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        for (Thread writer : writers) {
            writer.interrupt();
            writer.join(5_000);
        }
        List<Waiting> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(w -> w.answer().completeExceptionally(new IllegalStateException("The service is stopping")));
    }

    /**
     * Records the report with whichever others are waiting: its outcome, or its refusal thrown as the caller's problem.
     * Before start and after stop it is recorded on the caller's thread.
     */
    public ReportOutcome report(UUID assignmentId, ProgressInput input, Reporter reporter) {
        Waiting waiting = new Waiting(
                new SingleReport(assignmentId, input, reporter, TraceContext.currentTraceParent()),
                new CompletableFuture<>());
        if (running) {
            queue.add(waiting);
        } else {
            recordAlone(waiting);
        }
        try {
            return SingleReport.answer(assignmentId, waiting.answer().join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Reports waiting for a writer. */
    int waiting() {
        return queue.size();
    }

    private void write() {
        List<Waiting> group = new ArrayList<>();
        while (running) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(group, config.maxReportGroup() - 1);
            record(group);
            group.clear();
        }
    }

    private void record(List<Waiting> group) {
        groupSizes.record(group.size());
        try {
            List<ReportOutcome> outcomes =
                    progress.together(group.stream().map(Waiting::report).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer().complete(outcomes.get(i));
            }
        } catch (RuntimeException e) {
            if (group.size() == 1 || TransientFailures.isTransient(e)) {
                group.forEach(w -> w.answer().completeExceptionally(e));
                return;
            }
            Log.debugf(e, "A group of %d reports failed; recording them one by one", group.size());
            group.forEach(this::recordAlone);
        } catch (Error e) {
            group.forEach(w -> w.answer().completeExceptionally(e));
            throw e;
        }
    }

    private void recordAlone(Waiting waiting) {
        try {
            waiting.answer()
                    .complete(progress.together(List.of(waiting.report())).get(0));
        } catch (RuntimeException e) {
            waiting.answer().completeExceptionally(e);
        }
    }
}
