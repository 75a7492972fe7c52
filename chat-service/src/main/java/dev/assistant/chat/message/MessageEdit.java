package dev.assistant.chat.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of PATCH .../messages/{id}: the new content; the first original is kept. */
public record MessageEdit(@NotBlank @Size(max = 200_000) String content) {}
