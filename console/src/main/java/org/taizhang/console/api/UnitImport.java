package org.taizhang.console.api;

/** What an import of the directory did. */
public record UnitImport(int created, int updated, int unchanged) {}
