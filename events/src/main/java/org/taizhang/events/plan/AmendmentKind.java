package org.taizhang.events.plan;

/** What an amendment did to a published plan's task. */
public enum AmendmentKind {
    ADDED,
    CHANGED
}
