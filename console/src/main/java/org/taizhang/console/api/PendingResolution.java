package org.taizhang.console.api;

import java.util.List;

/** The units a pending mention means; {@code rememberAlias} keeps the mention as an alias of a single chosen unit. */
public record PendingResolution(List<String> unitIds, boolean rememberAlias) {}
