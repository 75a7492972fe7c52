package dev.assistant.goals.program;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A session template to do on a program day, in order. */
@Entity
@Table(name = "program_day_templates")
@IdClass(ProgramDayTemplate.Key.class)
public class ProgramDayTemplate {

    @Id
    @Column(name = "program_day_id")
    public UUID dayId;

    @Id
    @Column(name = "session_template_id")
    public UUID templateId;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "sort_order")
    public int sortOrder;

    static ProgramDayTemplate of(String ownerId, UUID dayId, UUID templateId, int sortOrder) {
        ProgramDayTemplate link = new ProgramDayTemplate();
        link.ownerId = ownerId;
        link.dayId = dayId;
        link.templateId = templateId;
        link.sortOrder = sortOrder;
        return link;
    }

    public static class Key implements Serializable {
        public UUID dayId;
        public UUID templateId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(dayId, key.dayId)
                    && Objects.equals(templateId, key.templateId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dayId, templateId);
        }
    }
}
