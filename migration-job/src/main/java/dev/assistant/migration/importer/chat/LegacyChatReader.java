package dev.assistant.migration.importer.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assistant.migration.importer.LegacyIds;
import dev.assistant.migration.importer.LegacyJson;
import dev.assistant.migration.importer.Quarantine;

/**
 * Reads a legacy chatbot tree in any of its layouts (LEGACY_FORMATS.md §1): conversations A ({@code
 * data/conversations/*.json}) and B ({@code Storage/conversations/*.json}), memories old ({@code
 * data/memory/<id>.json}) and new ({@code data/memory/<folder>/memory.json} with {@code
 * image_gen/}), and generated images with sidecars ({@code Storage/Image_Gen}). Tolerant: unknown
 * fields are kept under metadata.legacy, missing optional fields get defaults, and whatever cannot
 * be imported is quarantined with its reason (a generation sidecar without its image is imported as
 * a file record without content, see {@link LegacyRecords.File}). Files are read in sorted order,
 * so the first of two files claiming one id wins, every time.
 */
final class LegacyChatReader {

    private static final Set<String> ROLES = Set.of("user", "assistant", "system");
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "webp", "gif");

    /** How the legacy code named its images: generated_YYYYmmdd_HHMMSS[_n] and image_N_source. */
    private static final Pattern LEGACY_IMAGE_STEM =
            Pattern.compile("generated_\\d{8}_\\d{6}(_\\d+)?|image_\\d+_.+");

    record Result(
            List<LegacyRecords.Conversation> conversations,
            List<LegacyRecords.Memory> memories,
            List<LegacyRecords.File> files,
            List<String> warnings,
            int sourceFiles) {}

    private final Path root;
    private final String defaultOwner;
    private final Quarantine quarantine;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Path> conversationIds = new HashMap<>();
    private final Set<UUID> memoryIds = new HashSet<>();

    /** Image file name to the conversation (and owner) whose message points at it. */
    private final Map<String, LegacyRecords.Conversation> imageOwners = new HashMap<>();

    private final OffsetDateTime importTime = OffsetDateTime.now(ZoneOffset.UTC);
    private int sourceFiles;

    LegacyChatReader(Path root, String defaultOwner, Quarantine quarantine) {
        this.root = root;
        this.defaultOwner = defaultOwner;
        this.quarantine = quarantine;
    }

    Result read() {
        List<LegacyRecords.Conversation> conversations = new ArrayList<>();
        List<LegacyRecords.Memory> memories = new ArrayList<>();
        for (Path file : jsonFiles(root.resolve("data/conversations"))) {
            if (!file.getFileName().toString().endsWith("_index.json")) {
                readConversation(file, "A", conversations, memories);
            }
        }
        for (Path file : jsonFiles(root.resolve("Storage/conversations"))) {
            readConversation(file, "B", conversations, memories);
        }
        compareWithIndex(
                root.resolve("data/conversations/conversations_index.json"), conversations);
        List<LegacyRecords.File> files = new ArrayList<>();
        readMemories(root.resolve("data/memory"), memories, files);
        readImages(root.resolve("Storage/Image_Gen"), null, files);
        return new Result(conversations, memories, files, List.copyOf(warnings), sourceFiles);
    }

    // --- conversations -------------------------------------------------------------------------

    private void readConversation(
            Path file,
            String layout,
            List<LegacyRecords.Conversation> out,
            List<LegacyRecords.Memory> memories) {
        JsonNode node = readObject(file);
        if (node == null) {
            return;
        }
        String legacyId = firstNonBlank(LegacyJson.text(node, "id"), stem(file));
        Path earlier = conversationIds.putIfAbsent(legacyId, file);
        if (earlier != null) {
            quarantine.file(
                    file,
                    "duplicate conversation id '"
                            + legacyId
                            + "': already imported from "
                            + root.relativize(earlier));
            return;
        }
        JsonNode messagesNode = node.get("messages");
        if (messagesNode != null && !messagesNode.isNull() && !messagesNode.isArray()) {
            quarantine.file(file, "'messages' is not a list");
            return;
        }
        JsonNode legacyMetadata = node.path("metadata");
        String owner =
                firstNonBlank(
                        layout.equals("A")
                                ? LegacyJson.text(legacyMetadata, "user_id")
                                : LegacyJson.text(node, "user_id"),
                        defaultOwner);
        String conversationModel = LegacyJson.text(node, "model");
        UUID id = LegacyIds.of("conversation", legacyId);

        List<LegacyRecords.Message> messages = new ArrayList<>();
        Set<String> messageKeys = new HashSet<>();
        OffsetDateTime firstMessageTime = null;
        int index = 0;
        for (JsonNode m :
                messagesNode == null || messagesNode.isNull()
                        ? List.<JsonNode>of()
                        : iterable(messagesNode)) {
            LegacyRecords.Message message =
                    readMessage(file, legacyId, index, m, messageKeys, conversationModel);
            if (message != null) {
                messages.add(message);
                if (firstMessageTime == null && message.createdAt() != null) {
                    firstMessageTime = message.createdAt();
                }
            }
            index++;
        }
        OffsetDateTime created =
                firstNonNull(
                        LegacyJson.time(node, "created_at"),
                        firstMessageTime,
                        LegacyJson.time(node, "updated_at"),
                        modified(file));
        OffsetDateTime updated = firstNonNull(LegacyJson.time(node, "updated_at"), created);
        messages.replaceAll(
                m ->
                        m.createdAt() != null
                                ? m
                                : new LegacyRecords.Message(
                                        m.id(),
                                        m.sequence(),
                                        m.role(),
                                        m.content(),
                                        m.model(),
                                        created,
                                        m.metadata()));

        ObjectNode metadata = LegacyJson.MAPPER.createObjectNode();
        ObjectNode legacy = node.deepCopy();
        legacy.remove("messages");
        metadata.set("legacy", legacy);
        metadata.put("source", root.relativize(file).toString());
        metadata.put("layout", layout);

        LegacyRecords.Conversation conversation =
                new LegacyRecords.Conversation(
                        id,
                        legacyId,
                        file,
                        owner,
                        firstNonBlank(LegacyJson.text(node, "title"), "Untitled conversation"),
                        stringList(node.get("tags")),
                        LegacyJson.text(node, "template"),
                        LegacyJson.text(node, "parent_id"),
                        created,
                        updated,
                        metadata,
                        messages,
                        branches(node.get("branches")));
        out.add(conversation);
        rememberImageOwners(conversation, messagesNode);
        readEmbeddedMemories(file, conversation, legacyMetadata.get("memories"), memories);
    }

    private LegacyRecords.Message readMessage(
            Path file,
            String conversationId,
            int index,
            JsonNode m,
            Set<String> keys,
            String model) {
        String pointer = "/messages/" + index;
        if (!m.isObject()) {
            quarantine.record(file, pointer, m, "message is not an object");
            return null;
        }
        String role = LegacyJson.text(m, "role");
        if (role == null || !ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            quarantine.record(
                    file, pointer, m, "role '" + role + "' is not user, assistant or system");
            return null;
        }
        JsonNode content = m.get("content");
        if (content == null
                || !(content.isTextual() || content.isNumber() || content.isBoolean())) {
            quarantine.record(file, pointer, m, "content is missing or not text");
            return null;
        }
        String legacyMessageId = LegacyJson.text(m, "id");
        String key =
                legacyMessageId != null && keys.add(legacyMessageId)
                        ? legacyMessageId
                        : "#" + index;
        ObjectNode legacy = m.deepCopy();
        legacy.remove("content");
        ObjectNode metadata = LegacyJson.MAPPER.createObjectNode();
        metadata.set("legacy", legacy);
        String normalizedRole = role.toLowerCase(Locale.ROOT);
        String messageModel =
                firstNonBlank(
                        LegacyJson.text(m, "model"),
                        normalizedRole.equals("assistant") ? model : null);
        return new LegacyRecords.Message(
                LegacyIds.of("message", conversationId + "/" + key),
                index + 1,
                normalizedRole,
                content.asText(),
                messageModel,
                LegacyJson.time(m, "timestamp"),
                metadata);
    }

    private void rememberImageOwners(LegacyRecords.Conversation conversation, JsonNode messages) {
        if (messages == null || !messages.isArray()) {
            return;
        }
        for (JsonNode m : messages) {
            String imagePath = LegacyJson.text(m.path("image_data"), "image_path");
            if (imagePath != null) {
                imageOwners.putIfAbsent(
                        Path.of(imagePath.replace('\\', '/')).getFileName().toString(),
                        conversation);
            }
            for (JsonNode image : iterable(m.path("images"))) {
                if (image.isTextual()) {
                    imageOwners.putIfAbsent(
                            Path.of(image.asText().replace('\\', '/')).getFileName().toString(),
                            conversation);
                }
            }
        }
    }

    private void readEmbeddedMemories(
            Path file,
            LegacyRecords.Conversation c,
            JsonNode list,
            List<LegacyRecords.Memory> out) {
        int k = 0;
        for (JsonNode m : iterable(list)) {
            String question = LegacyJson.text(m, "question");
            String answer = LegacyJson.text(m, "answer");
            if (question == null || answer == null) {
                quarantine.record(
                        file, "/metadata/memories/" + k, m, "memory without question or answer");
            } else {
                ObjectNode metadata = LegacyJson.MAPPER.createObjectNode();
                metadata.set("legacy", m.deepCopy());
                metadata.put("conversationId", c.id().toString());
                OffsetDateTime saved = firstNonNull(LegacyJson.time(m, "saved_at"), c.createdAt());
                addMemory(
                        out,
                        new LegacyRecords.Memory(
                                LegacyIds.of("memory", c.legacyId() + "#" + k),
                                c.legacyId() + "#" + k,
                                file,
                                c.ownerId(),
                                question,
                                answer,
                                5,
                                List.of(),
                                saved,
                                saved,
                                metadata));
            }
            k++;
        }
    }

    private void compareWithIndex(Path indexFile, List<LegacyRecords.Conversation> conversations) {
        if (!Files.isRegularFile(indexFile)) {
            return;
        }
        JsonNode index = readObject(indexFile);
        if (index == null) {
            return;
        }
        for (LegacyRecords.Conversation c : conversations) {
            JsonNode entry = index.get(c.legacyId());
            if (entry != null
                    && entry.has("message_count")
                    && entry.get("message_count").asInt() != c.messages().size()) {
                warnings.add(
                        "index says conversation "
                                + c.legacyId()
                                + " has "
                                + entry.get("message_count").asInt()
                                + " messages, the file has "
                                + c.messages().size()
                                + " importable: the file wins");
            }
        }
    }

    // --- memories ------------------------------------------------------------------------------

    private void readMemories(
            Path dir, List<LegacyRecords.Memory> out, List<LegacyRecords.File> files) {
        for (Path entry : sorted(dir)) {
            if (Files.isRegularFile(entry) && entry.toString().endsWith(".json")) {
                readOldMemory(entry, out);
            } else if (Files.isDirectory(entry)
                    && Files.isRegularFile(entry.resolve("memory.json"))) {
                readNewMemory(entry, out, files);
            }
        }
    }

    private void readOldMemory(Path file, List<LegacyRecords.Memory> out) {
        JsonNode node = readObject(file);
        if (node == null) {
            return;
        }
        String legacyId = firstNonBlank(LegacyJson.text(node, "id"), stem(file));
        memoryFrom(file, node, legacyId, out);
    }

    private void readNewMemory(
            Path folder, List<LegacyRecords.Memory> out, List<LegacyRecords.File> files) {
        Path file = folder.resolve("memory.json");
        JsonNode node = readObject(file);
        if (node == null) {
            return;
        }
        String legacyId =
                firstNonBlank(LegacyJson.text(node, "id"), folder.getFileName().toString());
        LegacyRecords.Memory memory = memoryFrom(file, node, legacyId, out);
        if (memory != null) {
            readImages(folder.resolve("image_gen"), memory, files);
        }
    }

    private LegacyRecords.Memory memoryFrom(
            Path file, JsonNode node, String legacyId, List<LegacyRecords.Memory> out) {
        String title =
                firstNonBlank(LegacyJson.text(node, "title"), LegacyJson.text(node, "question"));
        String content =
                firstNonNull(LegacyJson.text(node, "content"), LegacyJson.text(node, "answer"));
        if (title == null || content == null) {
            quarantine.file(file, "memory needs a title (or question) and a content (or answer)");
            return null;
        }
        int importance = 5;
        JsonNode importanceNode = node.get("importance");
        if (importanceNode != null && !importanceNode.isNull()) {
            if (importanceNode.canConvertToInt()
                    && importanceNode.asInt() >= 1
                    && importanceNode.asInt() <= 10
                    && importanceNode.isIntegralNumber()) {
                importance = importanceNode.asInt();
            } else {
                warnings.add(
                        root.relativize(file)
                                + ": importance "
                                + importanceNode
                                + " is not 1-10; imported as 5 (original kept in metadata)");
            }
        }
        ObjectNode metadata = LegacyJson.MAPPER.createObjectNode();
        metadata.set("legacy", node.deepCopy());
        metadata.put("source", root.relativize(file).toString());
        OffsetDateTime created =
                firstNonNull(
                        LegacyJson.time(node, "created_at"),
                        LegacyJson.time(node, "saved_at"),
                        modified(file));
        LegacyRecords.Memory memory =
                new LegacyRecords.Memory(
                        LegacyIds.of("memory", legacyId),
                        legacyId,
                        file,
                        firstNonBlank(LegacyJson.text(node, "user_id"), defaultOwner),
                        title,
                        content,
                        importance,
                        stringList(node.get("tags")),
                        created,
                        firstNonNull(LegacyJson.time(node, "updated_at"), created),
                        metadata);
        return addMemory(out, memory) ? memory : null;
    }

    private boolean addMemory(List<LegacyRecords.Memory> out, LegacyRecords.Memory memory) {
        if (!memoryIds.add(memory.id())) {
            quarantine.file(memory.source(), "duplicate memory id '" + memory.legacyId() + "'");
            return false;
        }
        out.add(memory);
        return true;
    }

    // --- images --------------------------------------------------------------------------------

    /**
     * Pairs image files with same-named .json sidecars. A sidecar without its image still holds the
     * prompt and parameters: it becomes a file record without content, and a warning.
     */
    private void readImages(Path dir, LegacyRecords.Memory memory, List<LegacyRecords.File> out) {
        Map<String, Path> images = new HashMap<>();
        Map<String, Path> sidecars = new HashMap<>();
        for (Path f : sorted(dir)) {
            String name = f.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (!Files.isRegularFile(f) || dot < 0) {
                continue;
            }
            String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (IMAGE_EXTENSIONS.contains(ext)) {
                images.put(name.substring(0, dot), f);
                sourceFiles++;
            } else if (ext.equals("json")) {
                sidecars.put(name.substring(0, dot), f);
            }
        }
        Set<String> stems = new TreeSet<>(images.keySet());
        stems.addAll(sidecars.keySet());
        for (String stem : stems) {
            Path image = images.get(stem);
            LegacyRecords.File file =
                    image != null
                            ? withContent(image, sidecars.get(stem), memory)
                            : withoutContent(stem, sidecars.get(stem), memory);
            if (file != null) {
                out.add(file);
            }
        }
    }

    private LegacyRecords.File withContent(Path image, Path sidecar, LegacyRecords.Memory memory) {
        ObjectNode metadata = LegacyJson.MAPPER.createObjectNode();
        metadata.put("source", root.relativize(image).toString());
        if (sidecar != null) {
            JsonNode json = readObject(sidecar);
            metadata.set("legacy", json == null ? LegacyJson.MAPPER.createObjectNode() : json);
        }
        if (memory != null) {
            metadata.put("memoryId", memory.id().toString());
        }
        String name = image.getFileName().toString();
        LegacyRecords.Conversation linked = imageOwners.get(name);
        return new LegacyRecords.File(
                LegacyIds.of("file", root.relativize(image).toString()),
                image,
                name,
                owner(memory, linked),
                linked == null ? null : linked.id(),
                metadata);
    }

    /**
     * A sidecar whose image is gone: a record named after the image, without content, with the
     * sidecar under metadata.legacy as for any image and {@code metadata.contentMissing = true}.
     * Its id derives from the sidecar's path (an image's derives from the image's), so if the image
     * turns up later, a re-run imports it as a file of its own beside this record. Null when the
     * sidecar is unreadable: it is then quarantined with that reason.
     */
    private LegacyRecords.File withoutContent(
            String stem, Path sidecar, LegacyRecords.Memory memory) {
        JsonNode json = readObject(sidecar);
        if (json == null) {
            return null;
        }
        String source = root.relativize(sidecar).toString();
        String name = expectedImageName(stem, json);
        ObjectNode metadata = LegacyJson.MAPPER.createObjectNode();
        metadata.put("source", source);
        metadata.set("legacy", json);
        metadata.put(LegacyRecords.File.CONTENT_MISSING, true);
        if (memory != null) {
            metadata.put("memoryId", memory.id().toString());
        }
        LegacyRecords.Conversation linked = imageOwners.get(name);
        warnings.add(
                source
                        + ": sidecar without its image: imported as file '"
                        + name
                        + "' without content (metadata.contentMissing), its prompt and parameters"
                        + " kept in metadata.legacy");
        return new LegacyRecords.File(
                LegacyIds.of("file", source),
                null,
                name,
                owner(memory, linked),
                linked == null ? null : linked.id(),
                metadata);
    }

    /**
     * The name of a sidecar's missing image: the sidecar's stem with the extension its {@code
     * filename} names, else {@code .png} when the stem follows the legacy naming (the legacy code
     * only wrote PNGs), else the bare stem.
     */
    private static String expectedImageName(String stem, JsonNode sidecar) {
        String filename = LegacyJson.text(sidecar, "filename");
        if (filename != null) {
            int dot = filename.lastIndexOf('.');
            String ext = dot < 0 ? "" : filename.substring(dot + 1).strip();
            if (IMAGE_EXTENSIONS.contains(ext.toLowerCase(Locale.ROOT))) {
                return stem + "." + ext;
            }
        }
        return LEGACY_IMAGE_STEM.matcher(stem).matches() ? stem + ".png" : stem;
    }

    /** A memory's images are its owner's; others belong to the conversation that shows them. */
    private String owner(LegacyRecords.Memory memory, LegacyRecords.Conversation linked) {
        return memory != null ? memory.ownerId() : linked != null ? linked.ownerId() : defaultOwner;
    }

    // --- helpers -------------------------------------------------------------------------------

    /** The file's JSON object, or null after quarantining it with the reason. */
    private JsonNode readObject(Path file) {
        sourceFiles++;
        try {
            JsonNode node = LegacyJson.read(file);
            if (!node.isObject()) {
                quarantine.file(file, "not a JSON object");
                return null;
            }
            return node;
        } catch (LegacyJson.Unreadable e) {
            quarantine.file(file, e.getMessage());
            return null;
        }
    }

    private static List<LegacyRecords.Branch> branches(JsonNode list) {
        List<LegacyRecords.Branch> branches = new ArrayList<>();
        for (JsonNode b : iterable(list)) {
            String id = LegacyJson.text(b, "branch_id");
            if (id != null && b.path("from_message").canConvertToInt()) {
                branches.add(new LegacyRecords.Branch(id, b.path("from_message").asInt()));
            }
        }
        return branches;
    }

    private static List<String> stringList(JsonNode list) {
        List<String> values = new ArrayList<>();
        for (JsonNode v : iterable(list)) {
            if (v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                values.add(v.asText().strip());
            }
        }
        return values.stream().distinct().toList();
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node != null && node.isArray() ? node::elements : List.of();
    }

    private static List<Path> jsonFiles(Path dir) {
        return sorted(dir).stream()
                .filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".json"))
                .toList();
    }

    private static List<Path> sorted(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private OffsetDateTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC);
        } catch (IOException e) {
            return importTime;
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
