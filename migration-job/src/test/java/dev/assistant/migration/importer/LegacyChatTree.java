package dev.assistant.migration.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A legacy chatbot tree built from LEGACY_FORMATS.md §1, with the broken files real dumps have. The
 * counts below are what a correct import must report.
 */
public final class LegacyChatTree {

    public static final String CONV_A = "conv_20251101_100000_ab12cd34";
    public static final String CONV_BRANCH = "conv_branch_1";
    public static final String CONV_B = "6f1c7c2e-3b1a-4a8e-9d2f-0c1e2a3b4c5d";

    /** convA (4 of 6 messages importable), branch (2), no-id (1), layout B (2). */
    public static final int CONVERSATIONS = 4;

    public static final int MESSAGES = 9;

    /** embedded in convA, old, old with bad importance, new-folder. */
    public static final int MEMORIES = 4;

    /**
     * two generated images (one linked to convA, one to layout B), one with the short sidecar, one
     * under a memory, and the two sidecars without their image (records without content).
     */
    public static final int FILES = 6;

    /**
     * Sidecars whose image is gone: one in Storage/Image_Gen (shown by layout B), one in a memory.
     */
    public static final int FILES_WITHOUT_CONTENT = 2;

    /** The image the orphan sidecar in Storage/Image_Gen describes (its "filename" says .png). */
    public static final String ORPHAN_IMAGE = "generated_20251104_080000.png";

    /** The image the orphan sidecar under the memory describes (no "filename": legacy naming). */
    public static final String ORPHAN_MEMORY_IMAGE = "image_2_sd.png";

    /**
     * truncated, bad UTF-8, wrong types, duplicate id, robot role, object content, empty memory.
     */
    public static final int QUARANTINED = 7;

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

    private LegacyChatTree() {}

    public static Path write(Path root) throws IOException {
        Path conversations = Files.createDirectories(root.resolve("data/conversations"));
        write(
                conversations.resolve(CONV_A + ".json"),
                """
                {"id": "%s", "title": "Hỏi về Hà Nội 😊", "created_at": "2025-11-01T10:00:00", "updated_at": "2025-11-01T10:30:00.123456",
                 "tags": ["travel", "vn", 7], "template": "friendly", "parent_id": null, "unknown_field": {"kept": true},
                 "branches": [{"branch_id": "%s", "created_at": "2025-11-01T11:00:00", "from_message": 1, "title": "Other way"}],
                 "metadata": {"user_id": "lan", "session_id": "s-1", "has_images": true,
                              "memories": [{"question": "Favourite dish?", "answer": "Phở bò", "saved_at": "2025-11-01T10:10:00"}]},
                 "messages": [
                   {"id": "a1b2c3d4e5f60718", "role": "user", "content": "Xin chào! 😊", "timestamp": "2025-11-01T10:00:01"},
                   {"id": "a1b2c3d4e5f60719", "role": "assistant", "content": "Chào bạn", "timestamp": "2025-11-01T10:00:02",
                    "model": "gemini", "image_data": {"prompt": "Hồ Gươm", "image_path": "Storage/Image_Gen/generated_20251101_100500.png",
                    "generated_at": "2025-11-01T10:05:00"}},
                   {"role": "robot", "content": "beep"},
                   {"role": "user", "content": 42, "timestamp": "2025-11-01T10:01:00"},
                   {"role": "user", "content": {"not": "text"}},
                   {"role": "USER", "content": "with an embedding", "embedding": [0.1, 0.2, 0.3]}
                 ]}
                """
                        .formatted(CONV_A, CONV_BRANCH));
        write(
                conversations.resolve(CONV_BRANCH + ".json"),
                """
                {"id": "%s", "title": "Other way", "created_at": "2025-11-01T11:00:00", "parent_id": "%s", "metadata": {"user_id": "lan"},
                 "messages": [{"role": "user", "content": "Xin chào! 😊"}, {"role": "assistant", "content": "Let's go another way"}]}
                """
                        .formatted(CONV_BRANCH, CONV_A));
        write(
                conversations.resolve("no_id_here.json"),
                """
                {"title": "Named by its file", "messages": [{"role": "system", "content": "You are helpful."}]}
                """);
        write(
                conversations.resolve("truncated.json"),
                "{\"id\": \"cut\", \"messages\": [{\"role\": \"user\", \"con");
        Files.write(
                conversations.resolve("bad_utf8.json"),
                new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        write(
                conversations.resolve("wrong_types.json"),
                "{\"id\": \"wt\", \"messages\": \"not a list\"}");
        write(
                conversations.resolve("zz_duplicate.json"),
                "{\"id\": \"%s\", \"title\": \"Second copy\", \"messages\": []}"
                        .formatted(CONV_BRANCH));
        write(
                conversations.resolve("conversations_index.json"),
                """
                {"%s": {"title": "Hỏi về Hà Nội", "message_count": 6}, "%s": {"title": "Other way", "message_count": 2}}
                """
                        .formatted(CONV_A, CONV_BRANCH));

        Path storage = Files.createDirectories(root.resolve("Storage/conversations"));
        write(
                storage.resolve(CONV_B + ".json"),
                """
                {"id": "%s", "user_id": "minh", "model": "deepseek", "title": "Layout B", "created_at": "2025-11-02T09:00:00",
                 "updated_at": "2025-11-02T09:05:00",
                 "messages": [{"role": "user", "content": "Draw a cat", "timestamp": "2025-11-02T09:00:00",
                               "images": ["Storage/Image_Gen/generated_20251102_090000_1.png", "Storage/Image_Gen/%s"]},
                              {"role": "assistant", "content": "Here it is", "timestamp": "2025-11-02T09:00:30"}]}
                """
                        .formatted(CONV_B, ORPHAN_IMAGE));

        Path memory = Files.createDirectories(root.resolve("data/memory"));
        write(
                memory.resolve("mem_old_1.json"),
                "{\"question\": \"Bike tyre pressure?\", \"answer\": \"4 bar\", \"importance\": 8, \"tags\": [\"bike\"]}");
        write(
                memory.resolve("mem_old_bad_importance.json"),
                "{\"title\": \"Plants\", \"content\": \"Water on Sundays\", \"importance\": \"high\"}");
        write(memory.resolve("mem_old_empty.json"), "{\"tags\": []}");
        Path folder =
                Files.createDirectories(memory.resolve("Ghi chú về Hà Nội 😊_20251103_120000"));
        write(
                folder.resolve("memory.json"),
                """
                {"id": "0b7e1a52-6c1d-4f0e-8a59-3d2b1c0e9f11", "folder_name": "Ghi chú về Hà Nội 😊_20251103_120000",
                 "title": "Ghi chú về Hà Nội 😊", "content": "Phố cổ, Hồ Gươm", "tags": ["hanoi"], "images": ["image_1_sd.png"],
                 "created_at": "2025-11-03T12:00:00", "updated_at": "2025-11-03T12:30:00"}
                """);
        Path imageGen = Files.createDirectories(folder.resolve("image_gen"));
        Files.write(imageGen.resolve("image_1_sd.png"), PNG);
        write(
                imageGen.resolve("image_1_sd.json"),
                "{\"filename\": \"image_1_sd.png\", \"created_at\": \"2025-11-03T12:01:00\", \"metadata\": {\"seed\": 1}}");
        write(
                imageGen.resolve("image_2_sd.json"),
                "{\"created_at\": \"2025-11-03T12:02:00\", \"metadata\": {\"prompt\": \"Hồ Tây\", \"seed\": 2}}");

        Path images = Files.createDirectories(root.resolve("Storage/Image_Gen"));
        Files.write(images.resolve("generated_20251101_100500.png"), PNG);
        write(
                images.resolve("generated_20251101_100500.json"),
                """
                {"filename": "generated_20251101_100500.png", "created_at": "2025-11-01T10:05:00", "prompt": "Hồ Gươm",
                 "negative_prompt": "blurry", "parameters": {"prompt": "Hồ Gươm", "width": 512, "height": 512, "steps": 30,
                 "cfg_scale": 7.5, "sampler_name": "Euler a", "seed": 42, "lora_models": [{"name": "vn", "weight": 0.8}], "vae": "auto"}}
                """);
        Files.write(
                images.resolve("generated_20251102_090000_1.png"),
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 1});
        write(
                images.resolve("generated_20251104_080000.json"),
                """
                {"filename": "%s", "created_at": "2025-11-04T08:00:00", "prompt": "Phố cổ lúc bình minh",
                 "negative_prompt": "blurry", "parameters": {"width": 768, "height": 512, "steps": 25, "seed": 4242}}
                """
                        .formatted(ORPHAN_IMAGE));
        Files.write(images.resolve("generated_20251105_000000.png"), PNG);
        write(
                images.resolve("generated_20251105_000000.json"),
                "{\"filename\": \"generated_20251105_000000.png\", \"created_at\": \"2025-11-05T00:00:00\", \"metadata\": {\"note\": \"short form\"}}");
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
