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
 * The current year's work counted ahead, from which its scorecards for any day, weights and region are derived: a
 * province's take seconds to count, so they are counted after startup and after the year's figures move, by one
 * background thread, and answer while they are at most {@code max-staleness} behind. Today's scorecards are derived as
 * soon as they are counted.
 */
@ApplicationScoped
public class ScorecardsAhead {

    private static final Logger LOG = Logger.getLogger(ScorecardsAhead.class);

    private final YearScoring scoring;
    private final CountedYearStore store;
    private final ReportingConfig.Scorecards config;
    private final StaleWhileRefresh policy;
    // One thread: the periodic check and every computation ahead run on it, so that two never run at once.
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "scorecards-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private volatile CountedYear kept;
    private Computing computing; // guarded by lock

    public ScorecardsAhead(YearScoring scoring, CountedYearStore store, ReportingConfig config) {
        this.scoring = scoring;
        this.store = store;
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

    /** The year's counted work: kept, kept while it is counted again, or counted before answering. */
    public CountedYear counted(int year) {
        long current = scoring.version(year);
        CountedYear found = keptFor(year);
        Answer answer = found == null ? Answer.COMPUTE : policy.decide(found.version(), found.computedAt(), current);
        if (answer == Answer.KEPT) {
            return found;
        }
        if (answer == Answer.KEPT_WHILE_REFRESHING) {
            refreshInBackground(year);
            return found;
        }
        // Requests arriving together, for any day (the warm-up after a restart too), wait for one count (the
        // background's) instead of each counting the year.
        refreshInBackground(year);
        CountedYear awaited = awaitComputing(year);
        if (awaited != null && policy.decide(awaited.version(), awaited.computedAt(), current) != Answer.COMPUTE) {
            return awaited;
        }
        CountedYear computed = scoring.count(year);
        keep(computed);
        return computed;
    }

    private CountedYear keptFor(int year) {
        CountedYear found = kept;
        return found != null && found.year() == year ? found : null;
    }

    /** The year being counted in the background, waited for; null when another year is. */
    private CountedYear awaitComputing(int year) {
        CompletableFuture<CountedYear> result;
        synchronized (lock) {
            result = computing != null && computing.year() == year ? computing.result() : null;
        }
        try {
            return result == null ? null : result.join();
        } catch (CompletionException e) {
            return null; // logged where it failed; computed here instead
        }
    }

    private void refreshIfMoved() {
        try {
            int year = scoring.today().year();
            CountedYear found = keptFor(year);
            if (found == null || found.version() < scoring.version(year)) {
                refreshInBackground(year);
            }
        } catch (Throwable e) { // a periodic task that throws is never run again
            LOG.error("Could not check whether the year's scorecards are behind their figures", e);
        }
    }

    private void refreshInBackground(int year) {
        synchronized (lock) {
            if (computing != null) {
                return; // never two at once; the one running is checked again by the next request or interval
            }
            Computing running = new Computing(year, new CompletableFuture<>());
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
            CountedYear restored = restored(running.year());
            CountedYear counted = restored != null ? restored : countAndStore(running.year());
            keep(counted);
            deriveToday(counted);
            LOG.debugf(
                    "Work of %d %s at version %d in %d ms",
                    running.year(),
                    restored != null ? "restored" : "counted ahead",
                    counted.version(),
                    (System.nanoTime() - start) / 1_000_000);
            finish(running).complete(counted);
            if (restored != null && restored.version() < scoring.version(running.year())) {
                refreshInBackground(running.year()); // answers from the restored count meanwhile
            }
        } catch (Throwable e) { // an executor would drop it silently, and the next refresh would never start
            LOG.errorf(e, "Could not count the work of %d ahead", running.year());
            finish(running).completeExceptionally(e);
        }
    }

    /** The count kept in the database, when none is kept in memory yet (after a restart) and it may answer. */
    private CountedYear restored(int year) {
        if (keptFor(year) != null) {
            return null;
        }
        long current = scoring.version(year);
        return store.load(year)
                .filter(found -> policy.mayRestore(found.version(), found.computedAt(), current))
                .orElse(null);
    }

    private CountedYear countAndStore(int year) {
        CountedYear counted = scoring.count(year);
        try {
            store.save(counted);
        } catch (RuntimeException e) { // kept in memory all the same; a restart counts again
            LOG.warnf(e, "Could not keep the count of %d in the database", year);
        }
        return counted;
    }

    /** Today's scorecards derived ahead too, so that the first request for them finds them kept. */
    private void deriveToday(CountedYear counted) {
        try {
            ScoreKey today = scoring.today();
            if (today.year() == counted.year()) {
                counted.scores(today);
            }
        } catch (RuntimeException e) { // the count is kept all the same: a request derives them itself
            LOG.warnf(e, "Could not derive today's scorecards of %d ahead", counted.year());
        }
    }

    private CompletableFuture<CountedYear> finish(Computing running) {
        synchronized (lock) {
            computing = null;
        }
        return running.result();
    }

    private void keep(CountedYear counted) {
        synchronized (lock) {
            CountedYear found = kept;
            boolean newer = found == null
                    || (found.year() == counted.year()
                            ? counted.version() >= found.version()
                            : counted.computedAt().isAfter(found.computedAt()));
            if (newer) {
                kept = counted;
            }
        }
    }

    private record Computing(int year, CompletableFuture<CountedYear> result) {}
}
