package dev.assistant.goals.template;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A reusable plan for a session: named sections, each with the activities to do. */
@Entity
@Table(name = "session_templates")
public class SessionTemplate {

    @Id public UUID id;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "root_id")
    public UUID rootId;

    public String name;

    public String description;

    /** {"sections": [{"name", "duration_minutes"?, "activities": [{"activity_id"}]}]}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "template_data")
    public Map<String, Object> templateData;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
