package dev.assistant.goals.export;

import java.util.Map;
import java.util.UUID;

/** The imported tree's new root, and how many rows each table received. */
public record ImportResult(UUID rootId, Map<String, Integer> rows) {}
