package dev.assistant.goals.activity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An ordered group of activity definitions within one goal tree (table activity_groups). */
@Entity
@Table(name = "activity_groups")
public class ActivityGroup {

    @Id public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(name = "root_id", nullable = false, updatable = false)
    public UUID rootId;

    public String name;

    public String description;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
