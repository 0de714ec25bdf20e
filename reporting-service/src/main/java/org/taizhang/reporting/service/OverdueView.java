package org.taizhang.reporting.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.reporting.compute.OverdueItem;

/** One page of the overdue assignments (all RED) matching a query, longest overdue first. */
@Schema(description = "One page of the overdue assignments (all RED) matching a query, longest overdue first")
public record OverdueView(
        @Schema(description = "Today, the day overdue is judged on (ISO-8601 date, Asia/Shanghai)")
        LocalDate asOf,

        @Schema(description = "How many items this page holds (at most size)")
        int count,

        @Schema(description = "This page's overdue assignments: earliest fixed due date first, then by assignment id")
        List<OverdueItem> items,

        @Schema(
                description = "The cursor of the following page, to send back unchanged as after (with the same"
                        + " filters); null on the last page. Opaque: URL-safe Base64, at most 2048 characters")
        String next,

        @Schema(
                description = "How many overdue assignments the whole list holds, over all pages, when totalExact;"
                        + " otherwise the count stopped there (10000) and the list holds more")
        long total,

        @Schema(
                description = "True when total is the exact count; false when the list holds more than total (show"
                        + " it as \"10000+\")")
        boolean totalExact) {}
