package dev.assistant.search.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import dev.assistant.kit.testing.TestTokens;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** One user of the search API: uploads and waits for the index worker. */
public final class SearchApi {

    private static final Duration INDEXED_WITHIN = Duration.ofSeconds(60);

    private final String bearer;

    private SearchApi(String bearer) {
        this.bearer = bearer;
    }

    public static SearchApi newUser() {
        return withBearer(TestTokens.bearer("search-user-" + UUID.randomUUID()));
    }

    public static SearchApi withBearer(String bearer) {
        return new SearchApi(bearer);
    }

    public String bearer() {
        return bearer;
    }

    public RequestSpecification request() {
        return given().header("Authorization", bearer());
    }

    /** Uploads and returns the new document's id (pending). */
    public String upload(String name, byte[] content, String tags) {
        RequestSpecification request =
                request()
                        .contentType("multipart/form-data")
                        .multiPart("file", name, content, "application/octet-stream");
        if (tags != null) {
            request.multiPart("tags", tags);
        }
        return request.post("/api/search/documents").then().statusCode(201).extract().path("id");
    }

    public String upload(String name, String text) {
        return upload(name, text.getBytes(StandardCharsets.UTF_8), null);
    }

    /** Waits until the document is no longer pending; returns its status. */
    public String awaitIndexed(String id) {
        return await().atMost(INDEXED_WITHIN)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () ->
                                request()
                                        .get("/api/search/documents/" + id)
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .<String>path("status"),
                        status -> !"pending".equals(status));
    }

    public String uploadIndexed(String name, String text) {
        String id = upload(name, text);
        awaitIndexed(id);
        return id;
    }
}
