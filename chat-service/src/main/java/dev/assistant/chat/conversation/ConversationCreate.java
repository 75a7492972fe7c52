package dev.assistant.chat.conversation;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of POST /api/chat/conversations. */
public record ConversationCreate(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
        @Size(max = 20_000) String template,
        @Size(max = 100) Map<String, Object> metadata) {}
