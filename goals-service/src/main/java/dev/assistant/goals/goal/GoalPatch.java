package dev.assistant.goals.goal;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of PATCH /api/goals/goals/{id}: a field left out stays as it is. description and deadline
 * may be set to null to clear them, so this class remembers which fields the body named (a record
 * cannot tell a null from an absent field).
 */
public class GoalPatch {

    @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
    @Size(max = 500)
    private String title;

    @Size(max = 20_000)
    @Schema(nullable = true, description = "null clears it")
    private String description;

    @Schema(nullable = true, description = "null clears it")
    private LocalDate deadline;

    @PositiveOrZero private Integer sortOrder;

    private boolean descriptionGiven;
    private boolean deadlineGiven;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
        this.descriptionGiven = true;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
        this.deadlineGiven = true;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }

    boolean descriptionGiven() {
        return descriptionGiven;
    }

    boolean deadlineGiven() {
        return deadlineGiven;
    }
}
