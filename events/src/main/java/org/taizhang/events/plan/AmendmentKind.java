package org.taizhang.events.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an amendment did to a published plan's task. */
@Schema(description = "What an amendment did to a published plan: ADDED a task, CHANGED a task")
public enum AmendmentKind {
    ADDED,
    CHANGED
}
