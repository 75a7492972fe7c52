package dev.assistant.goals.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A training program over a date range of one tree, divided into blocks. */
@Entity
@Table(name = "programs")
public class Program {

    @Id public UUID id;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "root_id")
    public UUID rootId;

    public String name;

    public String description;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "is_active")
    public boolean active;

    /** Weekday name ("monday".."sunday", or "daily") to the template ids done that day. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "weekly_schedule")
    public Map<String, List<UUID>> weeklySchedule;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}
