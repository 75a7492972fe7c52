package dev.assistant.chat.memory;

/**
 * Memory list filters; null means "any". {@code text} matches title or content, case-insensitively.
 */
public record MemoryFilter(String text, String tag, Integer minImportance) {}
