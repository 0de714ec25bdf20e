package org.taizhang.reporting.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reporting.compute.OverdueItem;

/** The overdue assignments (all RED) matching a query, longest overdue first. */
@Schema(description = "The overdue assignments (all RED) matching a query, longest overdue first")
public record OverdueView(
        @Schema(description = "Today, the day overdue is judged on (ISO-8601 date, Asia/Shanghai)")
        LocalDate asOf,

        @Schema(description = "How many items follow") int count,

        @Schema(description = "The overdue assignments, longest overdue first")
        List<OverdueItem> items) {

    public static OverdueView from(LocalDate asOf, List<OverdueItem> items) {
        return new OverdueView(asOf, items.size(), items);
    }
}
