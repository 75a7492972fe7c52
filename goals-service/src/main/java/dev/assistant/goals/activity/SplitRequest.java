package dev.assistant.goals.activity;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One split of an activity; {@code id} names an existing split when editing (PATCH). */
public record SplitRequest(UUID id, @NotBlank @Size(max = 200) String name) {}
