package org.taizhang.platform.rest;

import java.util.List;

/** One page of a longer list, as every service answers a paged request. */
public record PageView<T>(List<T> items, int page, int size, long total) {}
