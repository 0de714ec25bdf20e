package org.taizhang.console.api;

/** A county plan to derive from a city plan. */
public record DeriveRequest(String regionCode, String regionName, String level, String title) {}
