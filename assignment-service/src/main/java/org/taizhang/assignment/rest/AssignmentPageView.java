package org.taizhang.assignment.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the assignment list: the shared page fields, whether the total is exact, and the next page's cursor. */
@Schema(description = "One page of the assignment list")
public record AssignmentPageView(
        @Schema(description = "The assignments of this page, at most size of them")
        List<AssignmentView> items,

        @Schema(description = "The page number asked for, counted from 0 (0 when the page was asked for with after)")
        int page,

        @Schema(description = "The page size asked for (items per page)")
        int size,

        @Schema(
                description = "How many assignments the whole list holds, over all pages, when totalExact; otherwise"
                        + " the count stopped there (10000 by default) and the list holds more")
        long total,

        @Schema(
                description = "True when total is the exact count; false when the list holds more than total"
                        + " (show it as \"10000+\"); the province's own figures are reporting-service's")
        boolean totalExact,

        @Schema(
                description = "The cursor of the following page, to send back unchanged as after (with the same"
                        + " filters and sort); null on the last page. Opaque: URL-safe Base64, at most 2048 characters")
        String next) {}
