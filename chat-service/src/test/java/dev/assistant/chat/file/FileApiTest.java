package dev.assistant.chat.file;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import dev.assistant.kit.content.UploadNames;
import dev.assistant.kit.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class FileApiTest {

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    @Inject Pool pool;

    private static RequestSpecification as(String user) {
        return given().header("Authorization", TestTokens.bearer(user));
    }

    /** A multipart body exactly as browsers send it: the file name as raw UTF-8 in the header. */
    private static String uploadAsBrowser(String user, String fileName, byte[] content)
            throws Exception {
        String boundary = "----b" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + fileName
                                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return as(user).contentType("multipart/form-data; boundary=" + boundary)
                .body(body.toByteArray())
                .post("/api/chat/files")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String upload(String user, String name, byte[] bytes, String declaredType) {
        return as(user).multiPart("file", name, bytes, declaredType)
                .multiPart("metadata", "{\"prompt\":\"a cat\",\"steps\":30}")
                .post("/api/chat/files")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void uploadSniffsTheTypeRecordsTheHashAndKeepsMetadata() {
        String user = "user-" + UUID.randomUUID();
        String id = upload(user, "cat.txt", PNG, "text/plain");
        as(user).get("/api/chat/files/" + id)
                .then()
                .statusCode(200)
                .body("mimeType", equalTo("image/png")) // the bytes, not the declared type
                .body("sizeBytes", equalTo(PNG.length))
                .body("sha256", equalTo(sha256(PNG)))
                .body("metadata.prompt", equalTo("a cat"))
                .body("metadata.steps", equalTo(30));
        as(user).get("/api/chat/files").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void identicalContentIsStoredOncePerUser() {
        String user = "user-" + UUID.randomUUID();
        byte[] bytes = ("same content " + user).getBytes(StandardCharsets.UTF_8);
        String first = upload(user, "a.txt", bytes, "text/plain");
        String second = upload(user, "b.txt", bytes, "text/plain");
        assertThat(first).isNotEqualTo(second);
        assertThat(count("SELECT count(*) FROM file_contents WHERE owner_id = $1", user))
                .isEqualTo(1);

        // Deleting one keeps the content for the other; deleting both releases it.
        as(user).delete("/api/chat/files/" + first).then().statusCode(204);
        as(user).get("/api/chat/files/" + second + "/content").then().statusCode(200);
        as(user).delete("/api/chat/files/" + second).then().statusCode(204);
        assertThat(count("SELECT count(*) FROM file_contents WHERE owner_id = $1", user)).isZero();
    }

    @Test
    void downloadSupportsEtagAndRanges() throws Exception {
        String user = "user-" + UUID.randomUUID();
        byte[] bytes = "0123456789abcdefghij".getBytes(StandardCharsets.UTF_8);
        String id = uploadAsBrowser(user, "Nhật ký 😊.txt", bytes);
        String content = "/api/chat/files/" + id + "/content";

        var full =
                as(user).get(content)
                        .then()
                        .statusCode(200)
                        .header("Accept-Ranges", "bytes")
                        .header("X-Content-Type-Options", "nosniff")
                        .header(
                                "Content-Disposition",
                                containsString(
                                        "filename*=UTF-8''Nh%E1%BA%ADt%20k%C3%BD%20%F0%9F%98%8A.txt"))
                        .contentType(containsString("text/plain"))
                        .extract();
        assertThat(full.asByteArray()).isEqualTo(bytes);
        String etag = full.header("ETag");
        assertThat(etag).isEqualTo("\"" + sha256(bytes) + "\"");

        as(user).header("If-None-Match", etag).get(content).then().statusCode(304);
        var part =
                as(user).header("Range", "bytes=2-5")
                        .get(content)
                        .then()
                        .statusCode(206)
                        .header("Content-Range", "bytes 2-5/20")
                        .extract();
        assertThat(part.asString()).isEqualTo("2345");
        assertThat(
                        as(user).header("Range", "bytes=-3")
                                .get(content)
                                .then()
                                .statusCode(206)
                                .extract()
                                .asString())
                .isEqualTo("hij");
        assertThat(
                        as(user).header("Range", "bytes=15-")
                                .get(content)
                                .then()
                                .statusCode(206)
                                .extract()
                                .asString())
                .isEqualTo("fghij");
        as(user).header("Range", "bytes=50-60")
                .get(content)
                .then()
                .statusCode(416)
                .header("Content-Range", "bytes */20")
                .contentType("application/problem+json");
    }

    /**
     * A record migration-job imports for a generation sidecar whose image was gone: zero bytes, the
     * sidecar under metadata.legacy, metadata.contentMissing. Listed and shown like any file; its
     * content is a clear 410, not an empty image or a 500.
     */
    @Test
    void aRecordImportedWithoutItsContentIsListedAndItsContentIsGone() {
        String user = "user-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String empty = sha256(new byte[0]);
        pool.preparedQuery(
                        "INSERT INTO file_contents (owner_id, sha256, size_bytes, content) VALUES ($1, $2, 0, ''::bytea)")
                .execute(Tuple.of(user, empty))
                .await()
                .indefinitely();
        pool.preparedQuery(
                        "INSERT INTO files (id, owner_id, name, mime_type, size_bytes, sha256, metadata)"
                                + " VALUES ($1, $2, 'generated_20251104_080000.png', 'image/png', 0, $3, $4)")
                .execute(
                        Tuple.of(
                                id,
                                user,
                                empty,
                                new JsonObject()
                                        .put(
                                                "source",
                                                "Storage/Image_Gen/generated_20251104_080000.json")
                                        .put(FileService.CONTENT_MISSING, true)
                                        .put(
                                                "legacy",
                                                new JsonObject()
                                                        .put("prompt", "Phố cổ lúc bình minh")
                                                        .put(
                                                                "parameters",
                                                                new JsonObject()
                                                                        .put("seed", 4242)))))
                .await()
                .indefinitely();

        as(user).get("/api/chat/files/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("generated_20251104_080000.png"))
                .body("sizeBytes", equalTo(0))
                .body("metadata.contentMissing", equalTo(true))
                .body("metadata.legacy.prompt", equalTo("Phố cổ lúc bình minh"))
                .body("metadata.legacy.parameters.seed", equalTo(4242));
        as(user).get("/api/chat/files")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id.toString()));
        String content = "/api/chat/files/" + id + "/content";
        as(user).get(content)
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://assistant-suite.dev/problems/content-missing"))
                .body("detail", containsString("not in the legacy data"));
        as(user).header("Range", "bytes=0-9")
                .header("If-None-Match", "\"" + empty + "\"")
                .get(content)
                .then()
                .statusCode(410);
        // Another user still sees nothing at all.
        as("user-" + UUID.randomUUID()).get(content).then().statusCode(404);

        as(user).delete("/api/chat/files/" + id).then().statusCode(204);
        assertThat(count("SELECT count(*) FROM file_contents WHERE owner_id = $1", user)).isZero();
    }

    @Test
    void rejectsOversizedMissingAndMalformedUploads() {
        String user = "user-" + UUID.randomUUID();
        as(user).multiPart("file", "big.bin", new byte[1024 * 1024 + 1], "application/octet-stream")
                .post("/api/chat/files")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        as(user).multiPart("metadata", "{}")
                .post("/api/chat/files")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("file"));
        as(user).multiPart("file", "x.txt", "x".getBytes(StandardCharsets.UTF_8))
                .multiPart("metadata", "[1,2]")
                .post("/api/chat/files")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("metadata"));
        as(user).multiPart("file", "x.txt", "x".getBytes(StandardCharsets.UTF_8))
                .multiPart("conversationId", UUID.randomUUID().toString())
                .post("/api/chat/files")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("conversationId"));
        assertThat(count("SELECT count(*) FROM files WHERE owner_id = $1", user)).isZero();
        assertThat(count("SELECT count(*) FROM file_contents WHERE owner_id = $1", user)).isZero();
    }

    @Test
    void contentDispositionCarriesTheExactUtf8NameAndAnAsciiFallback() {
        assertThat(UploadNames.contentDisposition("Nhật ký 😊.txt"))
                .isEqualTo(
                        "attachment; filename=\"Nh_t k_ _.txt\"; filename*=UTF-8''Nh%E1%BA%ADt%20k%C3%BD%20%F0%9F%98%8A.txt");
        assertThat(UploadNames.contentDisposition("say \"hi\".txt"))
                .startsWith("attachment; filename=\"say 'hi'.txt\"");
    }

    @Test
    void safeNamesDropDirectoriesAndControlCharacters() {
        assertThat(UploadNames.safe("../../etc/passwd", "file")).isEqualTo("passwd");
        assertThat(UploadNames.safe("C:\\Users\\me\\a\u0007b.png", "file")).isEqualTo("ab.png");
        assertThat(UploadNames.safe("..", "file")).isEqualTo("file");
    }

    private long count(String sql, String param) {
        return pool.preparedQuery(sql)
                .execute(Tuple.of(param))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
