package dev.assistant.migration.importer.chat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the legacy tree holds, parsed and mapped to new ids; nothing of the source is left out. */
final class LegacyRecords {

    private LegacyRecords() {}

    /**
     * @param metadata the new row's metadata: the legacy fields under "legacy"
     */
    record Conversation(
            UUID id,
            String legacyId,
            Path source,
            String ownerId,
            String title,
            List<String> tags,
            String template,
            String parentLegacyId,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            ObjectNode metadata,
            List<Message> messages,
            List<Branch> branches) {}

    record Message(
            UUID id,
            int sequence,
            String role,
            String content,
            String model,
            OffsetDateTime createdAt,
            ObjectNode metadata) {}

    /**
     * A legacy "branches" entry: conversation branchId was branched after message index
     * fromMessage.
     */
    record Branch(String branchLegacyId, int fromMessage) {}

    record Memory(
            UUID id,
            String legacyId,
            Path source,
            String ownerId,
            String title,
            String content,
            int importance,
            List<String> tags,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            ObjectNode metadata) {}

    /**
     * A file to import: its bytes at {@code path}, with the sidecar's JSON (or {}) as metadata.
     * {@code path} is null for a sidecar whose image is gone: the record is imported without
     * content, named after the image it describes, with {@code metadata.contentMissing = true}.
     */
    record File(
            UUID id,
            Path path,
            String name,
            String ownerId,
            UUID conversationId,
            ObjectNode metadata) {

        /** The metadata key that marks a record whose content was not in the legacy data. */
        static final String CONTENT_MISSING = "contentMissing";

        boolean contentMissing() {
            return path == null;
        }
    }
}
