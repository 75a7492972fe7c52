package dev.assistant.chat.conversation;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of PATCH /api/chat/conversations/{id}: fields left out (or null) stay as they are; an empty
 * template clears it. Archiving and pinning are fields, not separate endpoints.
 */
public record ConversationPatch(
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 500)
                String title,
        @Size(max = 50)
                List<
                                @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
                                @Size(max = 100) String>
                        tags,
        @Size(max = 20_000) String template,
        @Size(max = 100) Map<String, Object> metadata,
        Boolean archived,
        Boolean pinned) {}
