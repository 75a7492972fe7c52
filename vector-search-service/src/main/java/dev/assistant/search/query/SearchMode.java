package dev.assistant.search.query;

/** How hits are found: by meaning, by words, or both fused (the default). */
public enum SearchMode {
    hybrid,
    semantic,
    keyword
}
