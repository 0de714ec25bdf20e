package org.taizhang.reporting.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.taizhang.platform.persistence.DeadlineColumns;

/** A task of a published plan as last published or amended, with the lineage a derived plan's task keeps. */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    @Id
    @Column(name = "task_id")
    public String taskId;

    @Column(name = "plan_id")
    public String planId;

    /** Document order within the plan; a task added by amendment goes after the others. */
    public int position;

    public String number;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "section_path")
    public List<String> sectionPath = new ArrayList<>();

    public String title;

    public String requirement;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lead_units")
    public List<String> leadUnits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "responsible_units")
    public List<String> responsibleUnits = new ArrayList<>();

    @Embedded
    public DeadlineColumns deadline = new DeadlineColumns();

    @Column(name = "source_task_id")
    public String sourceTaskId;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
}
