package dev.assistant.goals.activity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One side or part an activity's values are recorded for (left/right, ...), table
 * split_definitions. Removal soft-deletes, like metrics.
 */
@Entity
@Table(name = "split_definitions")
public class SplitDefinition {

    @Id public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(name = "activity_id", nullable = false, updatable = false)
    public UUID activityId;

    public String name;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
