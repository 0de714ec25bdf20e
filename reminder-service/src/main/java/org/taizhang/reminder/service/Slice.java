package org.taizhang.reminder.service;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, as the services return it. */
public record Slice<T>(List<T> items, int page, int size, long total) {

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
