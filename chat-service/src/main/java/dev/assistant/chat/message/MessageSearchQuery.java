package dev.assistant.chat.message;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What to search for, within one user's messages; null filters mean "any". */
public record MessageSearchQuery(
        String text,
        UUID conversationId,
        String role,
        String model,
        OffsetDateTime from,
        OffsetDateTime to,
        int limit,
        boolean fuzzy) {}
