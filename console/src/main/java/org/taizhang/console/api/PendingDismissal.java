package org.taizhang.console.api;

/** Why a pending mention needs no assignment. */
public record PendingDismissal(String note) {}
