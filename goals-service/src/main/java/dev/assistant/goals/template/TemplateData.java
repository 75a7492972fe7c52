package dev.assistant.goals.template;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The shape of a template's template_data, in the legacy tracker's JSON spelling (snake_case), so
 * imported templates and new ones read the same: sections, each with activities to do.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateData(@NotNull @Size(max = 50) List<@NotNull @Valid Section> sections) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(
            @NotBlank @Size(max = 200) String name,
            @JsonProperty("duration_minutes") @PositiveOrZero @Max(1440) Integer durationMinutes,
            @Size(max = 100) List<@NotNull @Valid Activity> activities) {

        List<Activity> activitiesOrEmpty() {
            return activities == null ? List.of() : activities;
        }
    }

    /** An activity definition of the template's tree; name is a display copy. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Activity(
            @JsonProperty("activity_id") @NotNull UUID activityId, @Size(max = 200) String name) {}
}
