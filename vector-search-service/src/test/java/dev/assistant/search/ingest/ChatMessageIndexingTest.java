package dev.assistant.search.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.assistant.events.chat.ChatEvents;
import dev.assistant.events.chat.ChatEvents.ConversationDeleted;
import dev.assistant.events.chat.ChatEvents.FileDeleted;
import dev.assistant.events.chat.ChatEvents.FileUploaded;
import dev.assistant.events.chat.ChatEvents.MessageDeleted;
import dev.assistant.events.chat.ChatEvents.MessageEdited;
import dev.assistant.events.chat.ChatEvents.MessagePosted;
import dev.assistant.search.support.EventIndexingTest;
import dev.assistant.search.support.OwnerSearch;
import dev.assistant.search.support.Words;
import io.quarkus.test.junit.QuarkusTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * chat-service's messages, conversations and files through the real Kafka into search, and found
 * (or no longer found) through the search API, pointing back to chat-service's resource.
 */
@QuarkusTest
class ChatMessageIndexingTest extends EventIndexingTest {

    ChatMessageIndexingTest() {
        super("chat-events", "chat-owner");
    }

    @Test
    void postedMessageIsFoundForItsOwnerOnlyWithItsConversationRoleAndSequence() {
        UUID conversation = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        String word = Words.unique();
        events.send(
                ChatEvents.MESSAGE_POSTED,
                posted(message, conversation, 3, "I repotted the " + word + " on the balcony."));

        search.awaitFound(WITHIN, word, "chat.message", message.toString());
        assertThat(rows.metadata(message.toString(), "conversationId"))
                .isEqualTo(conversation.toString());
        assertThat(rows.metadata(message.toString(), "role")).isEqualTo("user");
        assertThat(rows.metadata(message.toString(), "sequence")).isEqualTo("3");
        // A client gets there from the hit: the message's conversation comes with it.
        assertThat(search.keyword(word).getFirst())
                .extractingByKey("metadata")
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("conversationId", conversation.toString())
                .containsEntry("role", "user");
        assertThat(new OwnerSearch("stranger-" + UUID.randomUUID()).keyword(word)).isEmpty();
    }

    @Test
    void editedMessageIsReindexedSoItsOldWordsNoLongerMatch() {
        UUID conversation = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        String before = Words.unique();
        String after = Words.unique();
        events.send(
                ChatEvents.MESSAGE_POSTED,
                posted(message, conversation, 1, "Meet at the " + before + " at noon."));
        search.awaitFound(WITHIN, before, "chat.message", message.toString());

        events.send(
                ChatEvents.MESSAGE_EDITED,
                new MessageEdited(
                        message, conversation, owner, 1, "Meet at the " + after + " at one."));

        search.awaitFound(WITHIN, after, "chat.message", message.toString());
        assertThat(search.keyword(before)).isEmpty();
        // The edit carries no role: the document keeps the one its post gave it.
        assertThat(rows.metadata(message.toString(), "role")).isEqualTo("user");
        assertThat(rows.count("SELECT count(*) FROM documents WHERE owner_id = $1", owner))
                .isEqualTo(1);
    }

    @Test
    void deletedMessageLeavesSearch() {
        UUID conversation = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        String word = Words.unique();
        events.send(
                ChatEvents.MESSAGE_POSTED, posted(message, conversation, 1, word + " for dinner"));
        search.awaitFound(WITHIN, word, "chat.message", message.toString());

        events.send(ChatEvents.MESSAGE_DELETED, new MessageDeleted(message, conversation, owner));

        search.awaitGone(WITHIN, word);
        assertThat(rows.chunks(owner)).isZero();
    }

    /**
     * chat-service deletes a conversation's messages with it and publishes only
     * conversation.deleted: every message of it leaves search; another conversation's messages and
     * the files attached to it (chat-service keeps them, detached) stay.
     */
    @Test
    void deletedConversationTakesAllItsMessagesAndNothingElse() {
        UUID deleted = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID file = UUID.randomUUID();
        String word = Words.unique();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        events.send(ChatEvents.MESSAGE_POSTED, posted(first, deleted, 1, word + " one"));
        events.send(ChatEvents.MESSAGE_POSTED, posted(second, deleted, 2, word + " two"));
        events.send(ChatEvents.MESSAGE_POSTED, posted(other, kept, 1, word + " elsewhere"));
        events.send(
                ChatEvents.FILE_UPLOADED, textFile(file, deleted, "notes.txt", word + " attached"));
        await().atMost(WITHIN).until(() -> search.keyword(word).size() == 4);

        events.send(ChatEvents.CONVERSATION_DELETED, new ConversationDeleted(deleted, owner));

        await().atMost(WITHIN).until(() -> search.keyword(word).size() == 2);
        assertThat(search.keyword(word))
                .extracting(hit -> hit.get("sourceRef"))
                .containsExactlyInAnyOrder(other.toString(), file.toString());
        assertThat(rows.chunksOf(first.toString()) + rows.chunksOf(second.toString())).isZero();
    }

    /** A Markdown file is read as an upload of it would be: its headings become section paths. */
    @Test
    void textFileIsFoundByItsTextTitledByItsNameAndLeavesWhenDeleted() {
        UUID file = UUID.randomUUID();
        String word = Words.unique();
        events.send(
                ChatEvents.FILE_UPLOADED,
                textFile(file, null, "packing.md", "# Packing list\n\nTent, stove, " + word + "."));

        search.awaitFound(WITHIN, word, "chat.file", file.toString());
        Map<String, Object> hit = search.keyword(word).getFirst();
        assertThat(hit).containsEntry("title", "packing.md");
        assertThat(hit.get("sectionPath")).isEqualTo(List.of("Packing list"));
        assertThat(rows.metadata(file.toString(), "mimeType")).isEqualTo("text/markdown");
        assertThat(rows.metadata(file.toString(), "name")).isEqualTo("packing.md");

        events.send(ChatEvents.FILE_DELETED, new FileDeleted(file, owner));
        search.awaitGone(WITHIN, word);
        assertThat(rows.documents(owner)).isZero();
    }

    @Test
    void fileWithoutTextIsNotIndexed() {
        UUID file = UUID.randomUUID();
        String word = Words.unique();
        events.send(
                ChatEvents.FILE_UPLOADED,
                new FileUploaded(
                        file,
                        owner,
                        word + ".png",
                        "image/png",
                        2048,
                        "ab".repeat(32),
                        null,
                        Map.of(),
                        null));
        // A later event on the same key proves the upload before it was consumed.
        UUID marker = events.send(ChatEvents.FILE_DELETED, new FileDeleted(file, owner));
        await().atMost(WITHIN).until(() -> rows.processed(marker) == 1);

        assertThat(search.keyword(word)).isEmpty();
        assertThat(rows.documents(owner)).isZero();
    }

    /** 100,000 characters of 2-, 3- and 4-byte UTF-8 (no NUL): indexed whole, found by any part. */
    @Test
    void hundredThousandCharacterUnicodeMessageIsIndexedAndFound() {
        String unit = "Grüße aus Hà Nội — 你好世界 🚀 naïve café, ñ. "; // 41 UTF-16 units
        String start = Words.unique();
        String end = Words.unique();
        StringBuilder text = new StringBuilder(start).append(' ');
        while (text.length() < 100_000 - end.length() - 1) {
            text.append(unit);
        }
        text.setLength(100_000 - end.length() - 1);
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            text.setCharAt(text.length() - 1, ' '); // never half an emoji
        }
        text.append(' ').append(end);
        assertThat(text).hasSize(100_000);
        UUID message = UUID.randomUUID();

        events.send(
                ChatEvents.MESSAGE_POSTED, posted(message, UUID.randomUUID(), 1, text.toString()));

        search.awaitFound(Duration.ofSeconds(180), end, "chat.message", message.toString());
        search.awaitFound(WITHIN, start, "chat.message", message.toString());
        assertThat(rows.chunksOf(message.toString())).isGreaterThan(10);
        assertThat(search.keyword("café")).isNotEmpty();
    }

    @Test
    void redeliveredMessageEventsAddNoChunks() {
        UUID conversation = UUID.randomUUID();
        UUID message = UUID.randomUUID();
        String word = Words.unique();
        MessagePosted post = posted(message, conversation, 1, word + " redelivered. ".repeat(200));
        UUID postId = UUID.randomUUID();
        events.send(postId, ChatEvents.MESSAGE_POSTED, post);
        await().atMost(WITHIN).until(() -> rows.processed(postId) == 1);
        long chunks = rows.chunksOf(message.toString());
        assertThat(chunks).isGreaterThan(1);

        events.send(postId, ChatEvents.MESSAGE_POSTED, post);
        UUID marker =
                events.send(
                        ChatEvents.MESSAGE_POSTED,
                        posted(UUID.randomUUID(), conversation, 2, "marker"));
        await().atMost(WITHIN).until(() -> rows.processed(marker) == 1);

        assertThat(rows.processed(postId)).isEqualTo(1);
        assertThat(rows.chunksOf(message.toString())).isEqualTo(chunks);
        assertThat(
                        rows.count(
                                "SELECT count(*) FROM documents WHERE source_ref = $1",
                                message.toString()))
                .isEqualTo(1);
    }

    /** A message event without its content: dead-lettered, and the partition moves on. */
    @Test
    void messageEventMissingARequiredFieldIsDeadLetteredAndTheNextOneIndexed() {
        UUID conversation = UUID.randomUUID();
        String key = conversation.toString();
        long since = System.currentTimeMillis();
        events.sendRaw(
                UUID.randomUUID(),
                ChatEvents.MESSAGE_POSTED.name(),
                ChatEvents.SOURCE,
                key,
                "{\"messageId\":\""
                        + UUID.randomUUID()
                        + "\",\"conversationId\":\""
                        + key
                        + "\",\"ownerId\":\""
                        + owner
                        + "\",\"sequence\":1}");
        UUID message = UUID.randomUUID();
        String word = Words.unique();
        events.send(ChatEvents.MESSAGE_POSTED, posted(message, conversation, 2, word));

        search.awaitFound(WITHIN, word, "chat.message", message.toString());
        assertThat(deadLetters().published(r -> key.equals(r.key()), 1, since)).hasSize(1);
        assertThat(rows.documents(owner)).isEqualTo(1);
    }

    private MessagePosted posted(UUID message, UUID conversation, long sequence, String content) {
        return new MessagePosted(
                message, conversation, owner, sequence, "user", content, null, Instant.now());
    }

    private FileUploaded textFile(UUID file, UUID conversation, String name, String text) {
        String mime = name.endsWith(".md") ? "text/markdown" : "text/plain";
        return new FileUploaded(
                file,
                owner,
                name,
                mime,
                text.length(),
                "cd".repeat(32),
                conversation,
                Map.of(),
                text);
    }
}
