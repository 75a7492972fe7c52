package dev.assistant.chat.user;

import java.time.OffsetDateTime;

/** A user's chat profile, created from their token on first sight. */
public record UserProfile(
        String id,
        String username,
        String email,
        String displayName,
        boolean active,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime lastSeenAt) {}
