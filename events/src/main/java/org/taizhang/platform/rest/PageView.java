package org.taizhang.platform.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a longer list, as every service answers a paged request. */
@Schema(description = "One page of a longer list")
public record PageView<T>(
        @Schema(description = "The items of this page, at most size of them")
        List<T> items,

        @Schema(description = "The page number, counted from 0")
        int page,

        @Schema(description = "The page size asked for (items per page)")
        int size,

        @Schema(description = "How many items the whole list holds, over all pages")
        long total) {}
