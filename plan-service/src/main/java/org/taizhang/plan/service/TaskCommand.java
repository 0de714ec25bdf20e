package org.taizhang.plan.service;

import java.util.List;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitMention;

/** A task as the office wants it, already interpreted (deadline parsed, unit phrases split). */
public record TaskCommand(
        String number,
        List<String> sectionPath,
        String title,
        String requirement,
        Deadline deadline,
        List<UnitMention> units,
        String importedStatus) {}
