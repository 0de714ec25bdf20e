package org.taizhang.plan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

/** A unit a task names, as written and as understood. */
@Embeddable
public class TaskUnit {

    public String raw;

    public String name;

    @Enumerated(EnumType.STRING)
    public UnitRole role;

    @Column(name = "is_group")
    public boolean group;

    public boolean ambiguous;

    public static TaskUnit from(UnitMention mention) {
        TaskUnit unit = new TaskUnit();
        unit.raw = mention.raw();
        unit.name = mention.name();
        unit.role = mention.role();
        unit.group = mention.group();
        unit.ambiguous = mention.ambiguous();
        return unit;
    }

    public UnitMention toMention() {
        return new UnitMention(raw, name, role, group, ambiguous);
    }
}
