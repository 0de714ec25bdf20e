package org.taizhang.console.api;

import java.util.List;

/** One page of a service's list, as every list endpoint answers it. */
public record ApiPage<T>(List<T> items, int page, int size, long total) {}
