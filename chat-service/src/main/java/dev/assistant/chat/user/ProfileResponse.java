package dev.assistant.chat.user;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A profile as the API shows it. */
public record ProfileResponse(
        String id,
        String username,
        @Schema(nullable = true) String email,
        @Schema(nullable = true) String displayName,
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
