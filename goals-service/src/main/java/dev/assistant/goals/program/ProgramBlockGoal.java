package dev.assistant.goals.program;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A goal attached to a block: the block's end date is its deadline within the program. */
@Entity
@Table(name = "program_block_goals")
@IdClass(ProgramBlockGoal.Key.class)
public class ProgramBlockGoal {

    @Id
    @Column(name = "block_id")
    public UUID blockId;

    @Id
    @Column(name = "goal_id")
    public UUID goalId;

    @Column(name = "owner_id")
    public String ownerId;

    static ProgramBlockGoal of(String ownerId, UUID blockId, UUID goalId) {
        ProgramBlockGoal link = new ProgramBlockGoal();
        link.ownerId = ownerId;
        link.blockId = blockId;
        link.goalId = goalId;
        return link;
    }

    public static class Key implements Serializable {
        public UUID blockId;
        public UUID goalId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(blockId, key.blockId)
                    && Objects.equals(goalId, key.goalId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(blockId, goalId);
        }
    }
}
