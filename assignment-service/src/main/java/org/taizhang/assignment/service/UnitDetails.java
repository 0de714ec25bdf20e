package org.taizhang.assignment.service;

import java.util.List;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;

/** What the office says about a unit: its names, kind, level, region and parent. */
public record UnitDetails(
        String name, List<String> aliases, UnitKind kind, UnitLevel level, String regionCode, String parentId) {}
