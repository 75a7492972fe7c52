package dev.assistant.chat.message;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Messages in sequence order. To read on, pass {@code nextAfterSequence} as afterSequence; to read
 * back, {@code nextBeforeSequence} as beforeSequence. Either is null where nothing lies that way.
 */
public record MessagePage(
        List<MessageResponse> items,
        @Schema(nullable = true) Long nextAfterSequence,
        @Schema(nullable = true) Long nextBeforeSequence) {}
