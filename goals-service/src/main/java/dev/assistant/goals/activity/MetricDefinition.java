package dev.assistant.goals.activity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One measured quantity of an activity (table metric_definitions). Removing a metric soft-deletes
 * it: the values recorded against it are the user's data and stay.
 */
@Entity
@Table(name = "metric_definitions")
public class MetricDefinition {

    @Id public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(name = "activity_id", nullable = false, updatable = false)
    public UUID activityId;

    public String name;

    public String unit;

    @Column(name = "is_top_set_metric")
    public boolean topSet;

    @Column(name = "is_multiplicative")
    public boolean multiplicative;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
