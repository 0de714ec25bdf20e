package org.taizhang.console.api;

import java.util.List;

/** The draft plan an import made and its diagnostics. */
public record ImportResult(Plan plan, List<Diagnostic> diagnostics) {}
