package dev.assistant.goals.template;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of POST /api/goals/session-templates. rootId is one of the caller's root goals. */
public record TemplateRequest(
        @NotNull UUID rootId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20_000) String description,
        @NotNull @Valid TemplateData templateData) {}
