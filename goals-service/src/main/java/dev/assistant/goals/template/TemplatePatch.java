package dev.assistant.goals.template;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of PATCH /api/goals/session-templates/{id}: an absent field is left unchanged. */
public record TemplatePatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                String name,
        @Size(max = 20_000) String description,
        @Valid TemplateData templateData) {}
