package dev.assistant.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.MemorySaved;
import dev.assistant.events.outbox.Lane;
import dev.assistant.events.outbox.OutboxRow;
import dev.assistant.events.outbox.OutboxSql;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    private static final MemorySaved MEMORY =
            new MemorySaved(
                    UUID.randomUUID(),
                    "alice",
                    "title",
                    "content",
                    7,
                    List.of("t"),
                    Instant.parse("2026-11-22T10:15:30.123456Z"),
                    Instant.parse("2026-11-22T10:15:30Z"));

    @Test
    void aPayloadRoundTripsWithEveryFieldAndRfc3339Times() {
        String json = EventJson.write(MEMORY);
        assertThat(json)
                .contains("\"createdAt\":\"2026-11-22T10:15:30.123456Z\"")
                .contains("\"tags\":[\"t\"]");
        assertThat(EventJson.readStrict(ChatEvents.MEMORY_SAVED, json)).isEqualTo(MEMORY);
        // What PostgreSQL's to_char (OutboxSql.instant) writes reads back as the same instant.
        assertThat(
                        EventJson.read(
                                        ChatEvents.MEMORY_SAVED,
                                        json.replace("30.123456Z", "30.123456Z"))
                                .createdAt())
                .isEqualTo(MEMORY.createdAt());
    }

    @Test
    void consumersIgnoreAddedFieldsButAContractTestDoesNot() {
        String withExtra = EventJson.write(MEMORY).replaceFirst("\\{", "{\"addedLater\":1,");
        assertThat(EventJson.read(ChatEvents.MEMORY_SAVED, withExtra)).isEqualTo(MEMORY);
        assertThatThrownBy(() -> EventJson.readStrict(ChatEvents.MEMORY_SAVED, withExtra))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aMissingRequiredFieldOrAWrongTypeIsMalformed() {
        String noId = EventJson.write(MEMORY).replaceFirst("\"memoryId\":\"[^\"]+\",", "");
        assertThatThrownBy(() -> EventJson.read(ChatEvents.MEMORY_SAVED, noId))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("memoryId");
        String renamed = EventJson.write(MEMORY).replace("\"ownerId\"", "\"owner\"");
        assertThatThrownBy(() -> EventJson.read(ChatEvents.MEMORY_SAVED, renamed))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.read(ChatEvents.MEMORY_SAVED, "{\"memoryId\":42"))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anOutboxRowCarriesTheTypeAggregateAndOwnerFromTheContract() {
        OutboxRow row = OutboxRow.of(ChatEvents.MEMORY_SAVED, MEMORY, Lane.BULK);
        assertThat(row.values())
                .containsExactly(
                        row.eventId(),
                        "dev.assistant.chat.memory.saved.v1",
                        "memory",
                        MEMORY.memoryId().toString(),
                        "alice",
                        EventJson.write(MEMORY),
                        "bulk");
    }

    @Test
    void aStatementBuiltPayloadMustNameExactlyThePayloadsFields() {
        Map<String, String> both = Map.of("memoryId", "m.id", "ownerId", "m.owner");
        assertThatThrownBy(
                        () ->
                                OutboxSql.insertSelect(
                                        ChatEvents.MEMORY_DELETED,
                                        Lane.LIVE,
                                        Map.of("memoryId", "m.id"),
                                        "m",
                                        "m.id"))
                .hasMessageContaining("exactly the fields");
        assertThat(OutboxSql.insertSelect(ChatEvents.MEMORY_DELETED, Lane.LIVE, both, "m", "m.id"))
                .contains("jsonb_build_object('memoryId', m.id, 'ownerId', m.owner)")
                .contains("(m.id)::text, m.owner");
    }
}
