package org.taizhang.console.api;

import java.util.List;

/** A task's new fields as the office typed them; units as phrases, as a document writes them. */
public record TaskChange(
        String number,
        List<String> sectionPath,
        String title,
        String requirement,
        String deadline,
        String leadUnits,
        String responsibleUnits,
        String reason) {}
