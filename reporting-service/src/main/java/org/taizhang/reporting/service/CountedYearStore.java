package org.taizhang.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.taizhang.reporting.compute.YearWork;
import org.taizhang.reporting.compute.YearWorkFormat;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.entity.StoredYearCount;

/**
 * A year's counted work kept in the database, so that after a restart the scorecards answer from the last count
 * (read in a fraction of a second) instead of waiting for the year to be counted again (seconds for a province).
 */
@ApplicationScoped
public class CountedYearStore {

    private static final Logger LOG = Logger.getLogger(CountedYearStore.class);

    private final ReportingConfig config;

    public CountedYearStore(ReportingConfig config) {
        this.config = config;
    }

    /** Keeps the count unless a count of a later version is kept already. */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(CountedYear counted) {
        StoredYearCount row = StoredYearCount.findById(counted.year());
        if (row != null && row.version > counted.version()) {
            return;
        }
        if (row == null) {
            row = new StoredYearCount();
            row.year = counted.year();
        }
        row.version = counted.version();
        row.computedAt = counted.computedAt();
        row.basis = basis();
        row.work = YearWorkFormat.write(counted.work());
        row.persist();
    }

    /** The year's last count, if one was kept under the policy and zone in force and can be read. */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CountedYear> load(int year) {
        StoredYearCount row = StoredYearCount.findById(year);
        if (row == null || !basis().equals(row.basis)) {
            return Optional.empty();
        }
        try {
            YearWork work = YearWorkFormat.read(new ByteArrayInputStream(row.work));
            return Optional.of(new CountedYear(
                    work,
                    row.version,
                    row.computedAt,
                    config.policy(),
                    config.scorecards().daysKept()));
        } catch (IOException e) { // kept by another release: counted again, and the new count replaces it
            LOG.warnf(e, "The kept count of %d cannot be read; it is counted again", year);
            return Optional.empty();
        }
    }

    /** What the count depends on besides the figures: the reporting policy and the zone its days are in. */
    private String basis() {
        return config.policy() + " in " + config.zone();
    }
}
