package dev.assistant.chat.message;

import java.util.List;

/**
 * Messages in sequence order. To read on, pass {@code nextAfterSequence} as afterSequence; to read
 * back, {@code nextBeforeSequence} as beforeSequence. Either is null where nothing lies that way.
 */
public record MessagePage(
        List<MessageResponse> items, Long nextAfterSequence, Long nextBeforeSequence) {}
