package org.taizhang.reporting.model;

import java.util.List;

/** The tasks under one section path (一、… / （一）…); an empty path holds tasks that sit under no heading. */
public record SectionFacts(List<String> path, List<TaskFacts> tasks) {

    public SectionFacts {
        path = path == null ? List.of() : List.copyOf(path);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** The top-level heading, which is what summaries group by; empty when the tasks sit under no heading. */
    public String top() {
        return path.isEmpty() ? "" : path.get(0);
    }
}
