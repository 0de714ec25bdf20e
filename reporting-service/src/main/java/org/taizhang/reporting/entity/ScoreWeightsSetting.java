package org.taizhang.reporting.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.taizhang.reporting.compute.ScoreWeights;

/** The office's scoring weights, one row (id 1) once set, with who set them and when. */
@Entity
@Table(name = "score_weights")
public class ScoreWeightsSetting extends PanacheEntityBase {

    public static final int ONLY = 1;

    @Id
    public int id = ONLY;

    public double completion;

    public double reporting;

    @Column(name = "late_credit")
    public double lateCredit;

    @Column(name = "overdue_penalty")
    public double overduePenalty;

    @Column(name = "urging_penalty")
    public double urgingPenalty;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The weights in force: the office's, or {@link ScoreWeights#DEFAULT} until it sets its own. */
    public static ScoreWeights inForce() {
        ScoreWeightsSetting stored = findById(ONLY);
        return stored != null ? stored.toWeights() : ScoreWeights.DEFAULT;
    }

    public ScoreWeights toWeights() {
        return new ScoreWeights(completion, reporting, lateCredit, overduePenalty, urgingPenalty);
    }
}
