package dev.assistant.chat.conversation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /api/chat/conversations/{id}/branches: copy messages up to and including
 * fromSequence.
 */
public record BranchRequest(
        @NotNull @Positive Long fromSequence, @Size(min = 1, max = 500) String title) {}
