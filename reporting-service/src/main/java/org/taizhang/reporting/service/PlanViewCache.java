package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.taizhang.reporting.config.ReportingConfig;

/**
 * Views of a plan computed once per version of its figures: a province plan of 100,000 assignments costs hundreds of
 * milliseconds to read and add up, while its figures change far less often than its dashboard is opened. The version is
 * read before the view is computed, so a kept view is never older than the version it is kept under.
 */
@ApplicationScoped
public class PlanViewCache {

    private final PlanVersions versions;
    private final Shelf views;
    private final Shelf summaries;

    public PlanViewCache(PlanVersions versions, ReportingConfig config) {
        this.versions = versions;
        this.views = new Shelf(config.viewCache().entries());
        this.summaries = new Shelf(config.viewCache().summaries());
    }

    /**
     * The view named {@code kind} of the plan for the arguments given (the day judged, say), computed when its plan's
     * version has moved since it was last computed. A plan not in the read model is computed every time (the
     * computation answers its 404).
     */
    public <T> T view(String planId, String kind, List<?> arguments, Supplier<T> compute) {
        return views.kept(new Key(planId, kind, arguments), () -> versions.current(planId), compute);
    }

    /** As {@link #view}, for a plan's small summary: lists show one for each of thousands of plans. */
    public <T> T summary(String planId, List<?> arguments, Supplier<T> compute) {
        return summaries.kept(new Key(planId, "summary", arguments), () -> versions.current(planId), compute);
    }

    /** A view over every plan of the year (the scorecards), computed again when any of their versions has moved. */
    public <T> T yearView(int year, String kind, List<?> arguments, Supplier<T> compute) {
        return views.kept(new Key("year " + year, kind, arguments), () -> versions.latestOfYear(year), compute);
    }

    private record Key(String owner, String kind, List<?> arguments) {}

    private record Kept(long version, Object view) {}

    /** Views in least-recently-used order, one entry per view, replaced when its version moves. */
    private static final class Shelf {

        private final int capacity;
        private final Map<Key, Kept> kept;

        Shelf(int capacity) {
            this.capacity = capacity;
            this.kept = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                    return size() > Shelf.this.capacity;
                }
            };
        }

        @SuppressWarnings("unchecked")
        synchronized <T> T lookUp(Key key, long version) {
            Kept found = kept.get(key);
            return found != null && found.version() == version ? (T) found.view() : null;
        }

        synchronized void keep(Key key, long version, Object view) {
            Kept found = kept.get(key);
            if (found == null || found.version() < version) {
                kept.put(key, new Kept(version, view));
            }
        }

        <T> T kept(Key key, Supplier<Optional<Long>> currentVersion, Supplier<T> compute) {
            Optional<Long> version = capacity > 0 ? currentVersion.get() : Optional.empty();
            if (version.isEmpty()) {
                return compute.get();
            }
            T found = lookUp(key, version.get());
            if (found != null) {
                return found;
            }
            T computed = compute.get();
            keep(key, version.get(), computed);
            return computed;
        }
    }
}
