package org.taizhang.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.taizhang.assignment.service.ReportOutcome;

/** What became of one report of a logged batch, with the reference it named its assignment by. */
@Entity
@Table(name = "progress_batch_item")
@IdClass(ProgressBatchItem.Key.class)
public class ProgressBatchItem extends PanacheEntityBase {

    /** A batch's item by its place in the batch. */
    public static class Key implements Serializable {

        public UUID batchId;
        public int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && position == key.position && Objects.equals(batchId, key.batchId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(batchId, position);
        }
    }

    @Id
    @Column(name = "batch_id")
    public UUID batchId;

    /** Where the report stood in the batch, from 0. */
    @Id
    public int position;

    @Column(name = "report_id")
    public String reportId;

    @Enumerated(EnumType.STRING)
    public ReportOutcome.Outcome outcome;

    public String code;

    public String reason;

    @Column(name = "assignment_id")
    public UUID assignmentId;

    @Column(name = "plan_id")
    public String planId;

    @Column(name = "task_number")
    public String taskNumber;

    @Column(name = "unit_name")
    public String unitName;
}
