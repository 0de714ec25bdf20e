package org.taizhang.reporting.compute;

/** A traffic light, ordered from good to bad so that the worst of several is their maximum. */
public enum Light {
    GREEN,
    YELLOW,
    RED;

    public Light worse(Light other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
