package org.taizhang.reporting.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A year's counted work as last counted, in YearWorkFormat, so that a restart need not count it again. */
@Entity
@Table(name = "counted_year")
public class StoredYearCount extends PanacheEntityBase {

    @Id
    public int year;

    public long version;

    @Column(name = "computed_at")
    public Instant computedAt;

    /** The policy and zone it was counted under. */
    public String basis;

    public byte[] work;
}
