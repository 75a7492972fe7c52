package dev.assistant.chat.memory;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST and PUT /api/chat/memories. */
public record MemoryRequest(
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 100_000) String content,
        @Min(1) @Max(10) Integer importance,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags) {

    static final int DEFAULT_IMPORTANCE = 5;

    int importanceOrDefault() {
        return importance == null ? DEFAULT_IMPORTANCE : importance;
    }

    List<String> tagsOrEmpty() {
        return tags == null ? List.of() : List.copyOf(tags);
    }
}
