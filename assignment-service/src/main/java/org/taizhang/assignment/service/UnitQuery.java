package org.taizhang.assignment.service;

import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;

/** Filters of the directory list; {@code regionCode} includes every unit inside that region. */
public record UnitQuery(String regionCode, UnitKind kind, UnitLevel level, String text, int page, int size) {}
