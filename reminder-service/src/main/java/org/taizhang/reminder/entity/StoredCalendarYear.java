package org.taizhang.reminder.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A year's working-day arrangement uploaded by the office, kept as the JSON it was loaded from. */
@Entity
@Table(name = "calendar_year")
public class StoredCalendarYear extends PanacheEntityBase {

    @Id
    public int year;

    public String source;

    public String content;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
