package dev.assistant.migration.importer.chat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Legacy ids to new ids, deterministically (name-based UUIDs): the same legacy record always gets
 * the same id, so a re-run inserts nothing twice and a killed run can simply start again.
 */
final class LegacyIds {

    private LegacyIds() {}

    static UUID of(String kind, String legacyKey) {
        return UUID.nameUUIDFromBytes(
                ("assistant-suite:legacy-chat:" + kind + ":" + legacyKey)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
