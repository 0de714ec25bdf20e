package org.taizhang.events.plan;

/**
 * A unit named by a task, as written ({@code raw}) and as understood ({@code name}); a group phrase such as
 * 各县（市、区）政府 is expanded later against the unit directory, an ambiguous one (有关单位) is resolved by the office.
 */
public record UnitMention(String raw, String name, UnitRole role, boolean group, boolean ambiguous) {}
