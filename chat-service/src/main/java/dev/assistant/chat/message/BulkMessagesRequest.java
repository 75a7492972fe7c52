package dev.assistant.chat.message;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * Body of POST .../messages/bulk: up to 1000 messages, stored in order in one database round trip.
 */
public record BulkMessagesRequest(
        @NotEmpty @Size(max = 1000) List<@Valid MessageRequest> messages) {}
