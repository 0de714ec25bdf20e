package org.taizhang.platform.rest;

/**
 * Bounds of a paged request: a list returns at most {@link #MAX_SIZE} items a page, and the highest page is the one
 * whose first item ({@code page × size}) still counts as an {@code int}, which is what a database offset takes.
 */
public final class Paging {

    /** The largest page size any list allows (some allow fewer). */
    public static final int MAX_SIZE = 500;

    /** The highest page number: with any size up to {@link #MAX_SIZE} its offset cannot overflow. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    private Paging() {}
}
