package org.taizhang.reporting.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.service.StaleWhileRefresh.Answer;

/**
 * The current year's scorecards as of today, kept ahead: a province's take seconds to count, so they are computed
 * after startup and after the year's figures move, by one background thread, and answered while they are at most
 * {@code max-staleness} behind.
 */
@ApplicationScoped
public class ScorecardsAhead {

    private static final Logger LOG = Logger.getLogger(ScorecardsAhead.class);

    private final YearScoring scoring;
    private final ReportingConfig.Scorecards config;
    private final StaleWhileRefresh policy;
    // One thread: the periodic check and every computation ahead run on it, so that two never run at once.
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "scorecards-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private volatile YearScores kept;
    private Computing computing; // guarded by lock

    public ScorecardsAhead(YearScoring scoring, ReportingConfig config) {
        this.scoring = scoring;
        this.config = config.scorecards();
        this.policy = new StaleWhileRefresh(this.config.maxStaleness(), Clock.systemUTC());
    }

    void start(@Observes StartupEvent event) {
        // The first check warms the scorecards without holding up readiness; later ones catch moved figures, a burst
        // of changes computed once per interval.
        long every = config.refreshInterval().toMillis();
        worker.scheduleWithFixedDelay(this::refreshIfMoved, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** The scorecards for the key: kept, kept while newer ones are computed, or computed before answering. */
    public YearScores scores(ScoreKey key) {
        long current = scoring.version(key.year());
        YearScores found = keptFor(key);
        Answer answer = found == null ? Answer.COMPUTE : policy.decide(found.version(), found.computedAt(), current);
        if (answer == Answer.KEPT) {
            return found;
        }
        if (answer == Answer.KEPT_WHILE_REFRESHING) {
            refreshInBackground(key);
            return found;
        }
        // Requests arriving together wait for one computation (the background's) instead of each counting the year.
        refreshInBackground(key);
        YearScores awaited = awaitComputing(key);
        if (awaited != null && policy.decide(awaited.version(), awaited.computedAt(), current) != Answer.COMPUTE) {
            return awaited;
        }
        YearScores computed = scoring.score(key);
        keep(computed);
        return computed;
    }

    private YearScores keptFor(ScoreKey key) {
        YearScores found = kept;
        return found != null && found.key().equals(key) ? found : null;
    }

    /** The scores being computed in the background for the key, waited for; null when another key's are. */
    private YearScores awaitComputing(ScoreKey key) {
        CompletableFuture<YearScores> result;
        synchronized (lock) {
            result = computing != null && computing.key().equals(key) ? computing.result() : null;
        }
        try {
            return result == null ? null : result.join();
        } catch (CompletionException e) {
            return null; // logged where it failed; computed here instead
        }
    }

    private void refreshIfMoved() {
        try {
            ScoreKey key = scoring.today();
            YearScores found = keptFor(key);
            if (found == null || found.version() < scoring.version(key.year())) {
                refreshInBackground(key);
            }
        } catch (Throwable e) { // a periodic task that throws is never run again
            LOG.error("Could not check whether the year's scorecards are behind their figures", e);
        }
    }

    private void refreshInBackground(ScoreKey key) {
        synchronized (lock) {
            if (computing != null) {
                return; // never two at once; the one running is checked again by the next request or interval
            }
            Computing running = new Computing(key, new CompletableFuture<>());
            computing = running;
            try {
                worker.execute(() -> compute(running));
            } catch (RejectedExecutionException e) {
                computing = null; // shutting down
            }
        }
    }

    private void compute(Computing running) {
        long start = System.nanoTime();
        try {
            YearScores scores = scoring.score(running.key());
            keep(scores);
            LOG.debugf(
                    "Scorecards of %s computed ahead at version %d in %d ms",
                    running.key(), scores.version(), (System.nanoTime() - start) / 1_000_000);
            finish(running).complete(scores);
        } catch (Throwable e) { // an executor would drop it silently, and the next refresh would never start
            LOG.errorf(e, "Could not compute the scorecards of %s ahead", running.key());
            finish(running).completeExceptionally(e);
        }
    }

    private CompletableFuture<YearScores> finish(Computing running) {
        synchronized (lock) {
            computing = null;
        }
        return running.result();
    }

    private void keep(YearScores scores) {
        synchronized (lock) {
            YearScores found = kept;
            boolean newer = found == null
                    || (found.key().equals(scores.key())
                            ? scores.version() >= found.version()
                            : scores.computedAt().isAfter(found.computedAt()));
            if (newer) {
                kept = scores;
            }
        }
    }

    private record Computing(ScoreKey key, CompletableFuture<YearScores> result) {}
}
