package dev.assistant.goals.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A day of a block: on a date, or numbered (day 1, 2, ... of the block). Whether it is completed is
 * computed from its sessions when read, never stored by the API.
 */
@Entity
@Table(name = "program_days")
public class ProgramDay {

    @Id public UUID id;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "block_id")
    public UUID blockId;

    @Column(name = "day_date")
    public LocalDate date;

    @Column(name = "day_number")
    public Integer dayNumber;

    public String name;

    public String notes;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    static ProgramDay on(String ownerId, UUID blockId, LocalDate date) {
        return of(ownerId, blockId, date, null, null, null);
    }

    static ProgramDay of(
            String ownerId,
            UUID blockId,
            LocalDate date,
            Integer dayNumber,
            String name,
            String notes) {
        ProgramDay day = new ProgramDay();
        day.id = UUID.randomUUID();
        day.ownerId = ownerId;
        day.blockId = blockId;
        day.date = date;
        day.dayNumber = dayNumber;
        day.name = name;
        day.notes = notes;
        day.createdAt = OffsetDateTime.now();
        day.updatedAt = day.createdAt;
        return day;
    }
}
