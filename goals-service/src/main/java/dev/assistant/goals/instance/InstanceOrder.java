package dev.assistant.goals.instance;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of PUT /api/goals/sessions/{id}/activities/order: instances of the session, each once, in
 * their new order; those left out follow them in their current order.
 */
public record InstanceOrder(@NotNull @Size(max = 500) List<@NotNull UUID> ids) {}
