package dev.assistant.chat.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** PATCH /api/chat/me: fields left out stay as they are. */
public record ProfilePatch(
        @Size(min = 1, max = 200) String displayName, @Email @Size(max = 320) String email) {}
