package org.taizhang.reporting.service;

/**
 * The overdue list's filters, already narrowed to what the caller may see (null: any), the page size and the cursor
 * of the previous page ({@code after}, null for the first page).
 */
public record OverdueQuery(Integer year, String planId, String regionCode, String unitId, int size, String after) {}
