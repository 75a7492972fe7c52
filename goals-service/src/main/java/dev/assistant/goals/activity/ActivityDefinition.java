package dev.assistant.goals.activity;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a user practises (table activity_definitions); its metrics and splits are rows of their own.
 */
@Entity
@Table(name = "activity_definitions")
public class ActivityDefinition {

    @Id public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(name = "root_id", nullable = false, updatable = false)
    public UUID rootId;

    @Column(name = "group_id")
    public UUID groupId;

    public String name;

    public String description;

    @Column(name = "has_sets")
    public boolean hasSets;

    @Column(name = "has_metrics")
    public boolean hasMetrics;

    @Column(name = "metrics_multiplicative")
    public boolean metricsMultiplicative;

    @Column(name = "has_splits")
    public boolean hasSplits;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
