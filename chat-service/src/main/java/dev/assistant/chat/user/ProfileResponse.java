package dev.assistant.chat.user;

import java.time.OffsetDateTime;

/** A profile as the API shows it. */
public record ProfileResponse(
        String id,
        String username,
        String email,
        String displayName,
        boolean active,
        OffsetDateTime createdAt,
        OffsetDateTime lastSeenAt) {

    public static ProfileResponse from(UserProfile p) {
        return new ProfileResponse(
                p.id(),
                p.username(),
                p.email(),
                p.displayName(),
                p.active(),
                p.createdAt(),
                p.lastSeenAt());
    }
}
