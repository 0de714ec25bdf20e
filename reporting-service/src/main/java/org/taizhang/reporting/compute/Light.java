package org.taizhang.reporting.compute;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A traffic light, ordered from good to bad so that the worst of several is their maximum. */
@Schema(
        description = "A traffic light: GREEN on track; YELLOW a fixed due date within the"
                + " warning window (calendar days) or a periodic report late; RED overdue")
public enum Light {
    GREEN,
    YELLOW,
    RED;

    public Light worse(Light other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
