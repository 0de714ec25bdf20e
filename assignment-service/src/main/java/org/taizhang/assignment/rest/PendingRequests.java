package org.taizhang.assignment.rest;

import java.util.List;

/** What the office sends to settle a pending item. */
public final class PendingRequests {

    private PendingRequests() {}

    /** The units a mention means; {@code rememberAlias} adds the mention as an alias of a single chosen unit. */
    public record Resolve(List<String> unitIds, boolean rememberAlias) {}

    /** Why the mention needs no assignment (e.g. a unit outside the plan's scope). */
    public record Dismiss(String note) {}
}
