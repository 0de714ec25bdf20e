package org.taizhang.plan.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.taizhang.plan.entity.PlanSection;

/** The sections of one plan, loaded once: paths of titles for tasks, and find-or-create by path. */
public final class SectionTree {

    private final UUID planId;
    private final Map<UUID, PlanSection> byId = new HashMap<>();

    private SectionTree(UUID planId, List<PlanSection> sections) {
        this.planId = planId;
        sections.forEach(s -> byId.put(s.id, s));
    }

    public static SectionTree load(UUID planId) {
        return new SectionTree(planId, PlanSection.list("planId", planId));
    }

    /** The sections of a plan created in this transaction: it has none yet, so there is nothing to load. */
    public static SectionTree ofNewPlan(UUID planId) {
        return new SectionTree(planId, List.of());
    }

    /** Section titles from the top down to the given section; empty for a task outside any section. */
    public List<String> pathOf(UUID sectionId) {
        List<String> path = new ArrayList<>();
        for (PlanSection s = byId.get(sectionId); s != null; s = byId.get(s.parentId)) {
            path.add(s.title);
        }
        Collections.reverse(path);
        return path;
    }

    /** The section at the end of the path, created (with its parents) where missing; null for an empty path. */
    public UUID sectionFor(List<String> path) {
        UUID parent = null;
        for (String title : path == null ? List.<String>of() : path) {
            parent = child(parent, title);
        }
        return parent;
    }

    private UUID child(UUID parent, String title) {
        return byId.values().stream()
                .filter(s -> Objects.equals(s.parentId, parent) && s.title.equals(title))
                .map(s -> s.id)
                .findFirst()
                .orElseGet(() -> {
                    PlanSection created = PlanSection.of(planId, parent, byId.size(), title);
                    created.persist();
                    byId.put(created.id, created);
                    return created.id;
                });
    }
}
