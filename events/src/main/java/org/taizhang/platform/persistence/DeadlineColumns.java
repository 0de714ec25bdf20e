package org.taizhang.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

/** A deadline as four columns (text as written, kind, due date, cadence), embedded by the services that keep tasks or assignments. */
@Embeddable
public class DeadlineColumns {

    @Column(name = "deadline_raw")
    public String raw;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    public DeadlineKind kind = DeadlineKind.UNSPECIFIED;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence")
    public Cadence cadence;

    /** The columns of a deadline; a missing deadline or kind (a newer producer's) reads as UNSPECIFIED. */
    public static DeadlineColumns of(Deadline deadline) {
        DeadlineColumns columns = new DeadlineColumns();
        if (deadline != null) {
            columns.raw = deadline.raw();
            columns.kind = deadline.kind() == null ? DeadlineKind.UNSPECIFIED : deadline.kind();
            columns.dueDate = deadline.dueDate();
            columns.cadence = deadline.cadence();
        }
        return columns;
    }

    public Deadline toDeadline() {
        return new Deadline(raw, kind, dueDate, cadence);
    }
}
