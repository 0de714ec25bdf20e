package org.taizhang.assignment.directory;

/** What sort of body a directory unit is; group phrases select units by kind. */
public enum UnitKind {
    GOVERNMENT,
    DEPARTMENT,
    TOWNSHIP,
    PUBLIC_INSTITUTION,
    ENTERPRISE,
    OTHER
}
