package dev.assistant.goals.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A phase of a program: a date range inside the program's, with its days. */
@Entity
@Table(name = "program_blocks")
public class ProgramBlock {

    @Id public UUID id;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "program_id")
    public UUID programId;

    public String name;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String color;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    boolean contains(LocalDate date) {
        return startDate != null
                && endDate != null
                && !date.isBefore(startDate)
                && !date.isAfter(endDate);
    }
}
