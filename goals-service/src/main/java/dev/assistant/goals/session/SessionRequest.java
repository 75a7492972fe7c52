package dev.assistant.goals.session;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /api/goals/sessions: ad hoc, from a template (its activities become the session's
 * instances, in order) and/or for a program day; goalIds are short-term or immediate goals of the
 * same tree.
 */
public record SessionRequest(
        @NotNull UUID rootId,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20_000) String description,
        UUID templateId,
        UUID programDayId,
        @Size(max = 100) List<@NotNull UUID> goalIds,
        OffsetDateTime sessionStart,
        OffsetDateTime sessionEnd,
        @Size(max = 100) Map<String, Object> attributes) {}
