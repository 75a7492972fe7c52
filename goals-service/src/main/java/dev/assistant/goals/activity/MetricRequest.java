package dev.assistant.goals.activity;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One metric of an activity. {@code id} names an existing metric when editing (PATCH) and is left
 * out for a new one; {@code topSet} marks the metric that ranks sets (at most one); {@code
 * multiplicative} (default true) says whether it multiplies with the others (weight × reps).
 */
public record MetricRequest(
        UUID id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) String unit,
        Boolean topSet,
        Boolean multiplicative) {}
