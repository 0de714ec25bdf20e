package org.taizhang.console.api;

/** A unit a task names, with its role (LEAD or RESPONSIBLE) and whether it is a group such as 各县（市、区）政府. */
public record UnitMention(String raw, String name, String role, boolean group, boolean ambiguous) {

    public boolean lead() {
        return "LEAD".equals(role);
    }
}
