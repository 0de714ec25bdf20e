package org.taizhang.reporting.service;

import java.time.LocalDate;
import java.util.List;
import org.taizhang.reporting.compute.OverdueItem;

/** The overdue assignments (all RED) matching a query, longest overdue first. */
public record OverdueView(LocalDate asOf, int count, List<OverdueItem> items) {

    public static OverdueView from(LocalDate asOf, List<OverdueItem> items) {
        return new OverdueView(asOf, items.size(), items);
    }
}
