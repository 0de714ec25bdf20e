package org.taizhang.console.api;

import java.util.List;

/** A unit as the office adds or edits it; a blank id lets the service make one. */
public record UnitChange(
        String id, String name, List<String> aliases, String kind, String level, String regionCode, String parentId) {}
