package org.taizhang.assignment.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.assignment.directory.DirectoryUnit;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;

/** A unit of the directory, as the office maintains it. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    @Enumerated(EnumType.STRING)
    public UnitKind kind;

    @Enumerated(EnumType.STRING)
    public UnitLevel level;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "parent_id")
    public String parentId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_alias", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public DirectoryUnit toDirectoryUnit() {
        return new DirectoryUnit(id, name, List.copyOf(aliases), kind, level, regionCode, parentId);
    }

    public void touch(String by) {
        if (createdAt == null) {
            createdBy = by;
            createdAt = Instant.now();
        }
        updatedBy = by;
        updatedAt = Instant.now();
    }
}
