package org.taizhang.assignment.service;

/** What an import did: units created, units updated, units the file named that were already as it says. */
public record DirectoryImportResult(int created, int updated, int unchanged) {}
