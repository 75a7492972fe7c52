package dev.assistant.search.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.assistant.search.support.SearchApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** /api/search/documents through HTTP, with the index worker and PostgreSQL + pgvector. */
@QuarkusTest
class DocumentApiTest {

    private static final String MARKDOWN =
            """
            # Kaffee-Handbuch ☕

            Espresso braucht feinen Mahlgrad und 9 bar Druck.

            ## Zubereitung

            - 18 g Kaffee mahlen
            - 28 Sekunden extrahieren

            | Bohne | Röstung |
            |---|---|
            | Arabica | hell |

            ```
            brew --temp 93
            ```
            """;

    private static final String HTML =
            """
            <!DOCTYPE html><html><head><title>Glider notes</title><script>var x = 1;</script></head>
            <body><h1>Gliders</h1><p>A glider flies without an engine, on rising air.</p>
            <h2>Launch</h2><ul><li>Winch launch</li><li>Aerotow</li></ul>
            <table><tr><th>Type</th><th>Glide ratio</th></tr><tr><td>ASK 21</td><td>34</td></tr></table>
            <pre>ratio = distance / height</pre></body></html>
            """;

    @Test
    void markdownKeepsHeadingsListsTablesAndCode() {
        SearchApi user = SearchApi.newUser();
        String id = user.upload("kaffee.md", MARKDOWN);
        assertThat(user.awaitIndexed(id)).isEqualTo("indexed");

        ValidatableResponse chunks = chunks(user, id);
        chunks.body("items.type", hasItem("heading"))
                .body("items.type", hasItem("text"))
                .body("items.type", hasItem("list"))
                .body("items.type", hasItem("table"))
                .body("items.type", hasItem("code"));
        List<List<String>> paths =
                chunks.extract().path("items.findAll { it.type == 'list' }.sectionPath");
        assertThat(paths.getFirst()).containsExactly("Kaffee-Handbuch ☕", "Zubereitung");
        user.request()
                .get("/api/search/documents/" + id)
                .then()
                .statusCode(200)
                .body("mimeType", equalTo("text/markdown"))
                .body("title", equalTo("Kaffee-Handbuch ☕"))
                .body("statusReason", nullValue())
                .body("indexedAt", notNullValue());
    }

    @Test
    void htmlDropsScriptsAndKeepsStructure() {
        SearchApi user = SearchApi.newUser();
        String id = user.upload("glider.txt", HTML);
        assertThat(user.awaitIndexed(id)).isEqualTo("indexed");

        ValidatableResponse chunks = chunks(user, id);
        chunks.body("items.type", hasItem("heading"))
                .body("items.type", hasItem("list"))
                .body("items.type", hasItem("table"))
                .body("items.type", hasItem("code"));
        List<String> contents = chunks.extract().path("items.content");
        assertThat(String.join("\n", contents)).contains("ASK 21 | 34").doesNotContain("var x");
        // The declared name says .txt; the bytes say HTML.
        user.request()
                .get("/api/search/documents/" + id)
                .then()
                .body("mimeType", equalTo("text/html"))
                .body("title", equalTo("Glider notes"));
    }

    @Test
    void pdfChunksCarryTheirPage() throws IOException {
        SearchApi user = SearchApi.newUser();
        byte[] pdf =
                pdf(
                        "Supersonic flow over a wedge forms an oblique shock.",
                        "Boundary layer transition depends on the Reynolds number.");
        String id = user.upload("report.pdf", pdf, "aero, shock");
        assertThat(user.awaitIndexed(id)).isEqualTo("indexed");

        List<Integer> pages = chunks(user, id).extract().path("items.page");
        assertThat(pages).contains(1, 2);
        user.request()
                .get("/api/search/documents/" + id)
                .then()
                .body("mimeType", equalTo("application/pdf"))
                .body("tags", equalTo(List.of("aero", "shock")));
        user.request()
                .queryParam("q", "Reynolds number transition")
                .queryParam("mode", "keyword")
                .get("/api/search")
                .then()
                .statusCode(200)
                .body("hits[0].documentId", equalTo(id))
                .body("hits[0].page", equalTo(2));
    }

    @Test
    void plainTextListsAndParagraphs() {
        SearchApi user = SearchApi.newUser();
        String id =
                user.upload(
                        "todo.txt",
                        "Packing for the trip to Đà Nẵng.\n\n- passport\n- sunscreen\n- 🩴 sandals\n");
        assertThat(user.awaitIndexed(id)).isEqualTo("indexed");
        chunks(user, id)
                .body("items.type", equalTo(List.of("text", "list")))
                .body("items[1].content", equalTo("- passport\n- sunscreen\n- 🩴 sandals"))
                .body("items[0].tokens", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void aDamagedPdfFailsWithItsReason() {
        SearchApi user = SearchApi.newUser();
        String id =
                user.upload(
                        "broken.pdf",
                        "%PDF-1.7\nthis is not really a PDF".getBytes(StandardCharsets.UTF_8),
                        null);
        assertThat(user.awaitIndexed(id)).isEqualTo("failed");
        user.request()
                .get("/api/search/documents/" + id)
                .then()
                .body("statusReason", org.hamcrest.Matchers.containsString("PDF"))
                .body("chunkCount", equalTo(0));
    }

    @Test
    void downloadGivesTheOriginalBytes() {
        SearchApi user = SearchApi.newUser();
        String id = user.upload("Kaffee Handbuch.md", MARKDOWN);
        byte[] body =
                user.request()
                        .get("/api/search/documents/" + id + "/content")
                        .then()
                        .statusCode(200)
                        .contentType("text/markdown")
                        .header(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString("UTF-8''Kaffee%20Handbuch.md"))
                        .extract()
                        .asByteArray();
        assertThat(body).isEqualTo(MARKDOWN.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reindexKeepsVectorsOfUnchangedChunks() {
        SearchApi user = SearchApi.newUser();
        String id = user.upload("kaffee.md", MARKDOWN);
        user.awaitIndexed(id);
        List<String> hashes = chunks(user, id).extract().path("items.contentHash");
        double reusedBefore = metric("assistant_chunks_reused_total");

        user.request()
                .post("/api/search/documents/" + id + "/reindex")
                .then()
                .statusCode(202)
                .body("status", equalTo("pending"));
        assertThat(user.awaitIndexed(id)).isEqualTo("indexed");

        assertThat(chunks(user, id).extract().<List<String>>path("items.contentHash"))
                .isEqualTo(hashes);
        assertThat(metric("assistant_chunks_reused_total") - reusedBefore)
                .isGreaterThanOrEqualTo(hashes.size());
    }

    @Test
    void listIsKeysetPagedNewestFirstAndFiltersByStatus() {
        SearchApi user = SearchApi.newUser();
        String first = user.upload("a.txt", "first document");
        String second = user.upload("b.txt", "second document");
        String third = user.upload("c.txt", "third document");
        ValidatableResponse page1 =
                user.request()
                        .queryParam("limit", 2)
                        .get("/api/search/documents")
                        .then()
                        .statusCode(200)
                        .body("items.id", equalTo(List.of(third, second)));
        String cursor = page1.extract().path("nextCursor");
        user.request()
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get("/api/search/documents")
                .then()
                .body("items.id", equalTo(List.of(first)))
                .body("nextCursor", nullValue());
        user.awaitIndexed(first);
        user.awaitIndexed(second);
        user.awaitIndexed(third);
        user.request()
                .queryParam("status", "failed")
                .get("/api/search/documents")
                .then()
                .body("items.size()", equalTo(0));
        user.request()
                .queryParam("status", "indexed")
                .get("/api/search/documents")
                .then()
                .body("items.size()", equalTo(3));
        user.request()
                .queryParam("status", "done")
                .get("/api/search/documents")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("status"));
    }

    @Test
    void deleteRemovesTheDocumentItsChunksAndItsBytes() {
        SearchApi user = SearchApi.newUser();
        String id = user.uploadIndexed("gone.txt", "Ephemeral notes about ornithopters.");
        user.request().delete("/api/search/documents/" + id).then().statusCode(204);
        user.request().get("/api/search/documents/" + id).then().statusCode(404);
        user.request().get("/api/search/documents/" + id + "/content").then().statusCode(404);
        user.request()
                .queryParam("q", "ornithopters")
                .get("/api/search")
                .then()
                .body("hits.size()", equalTo(0));
        user.request().delete("/api/search/documents/" + id).then().statusCode(404);
    }

    @Test
    void anotherUsersDocumentIsNotFoundForEveryOperation() {
        SearchApi owner = SearchApi.newUser();
        SearchApi stranger = SearchApi.newUser();
        String id = owner.uploadIndexed("secret.txt", "The vault code is hidden in the hangar.");
        String path = "/api/search/documents/" + id;
        stranger.request().get(path).then().statusCode(404).contentType("application/problem+json");
        stranger.request().get(path + "/content").then().statusCode(404);
        stranger.request().get(path + "/chunks").then().statusCode(404);
        stranger.request().post(path + "/reindex").then().statusCode(404);
        stranger.request().delete(path).then().statusCode(404);
        stranger.request().get("/api/search/documents").then().body("items.size()", equalTo(0));
        stranger.request()
                .queryParam("q", "vault code hangar")
                .get("/api/search")
                .then()
                .body("hits.size()", equalTo(0));
        owner.request().get(path).then().statusCode(200).body("status", equalTo("indexed"));
        owner.request().get("/api/search/documents/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void uploadsAreValidatedAndSniffed() {
        SearchApi user = SearchApi.newUser();
        // A PNG called notes.txt is still a PNG: refused.
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        user.request()
                .contentType("multipart/form-data")
                .multiPart("file", "notes.txt", png, "text/plain")
                .post("/api/search/documents")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        user.request()
                .contentType("multipart/form-data")
                .multiPart("title", "no file")
                .post("/api/search/documents")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("file"));
        user.request()
                .contentType("multipart/form-data")
                .multiPart("file", "big.txt", new byte[1024 * 1024 + 1], "text/plain")
                .post("/api/search/documents")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://assistant-suite.dev/problems/payload-too-large"));
        user.request()
                .contentType("multipart/form-data")
                .multiPart("file", "a.txt", "text".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("tags", "x".repeat(101))
                .post("/api/search/documents")
                .then()
                .statusCode(400)
                .body("violations.field", hasItem("tags"));
        given().get("/api/search/documents").then().statusCode(401);
    }

    private static ValidatableResponse chunks(SearchApi user, String id) {
        return user.request().get("/api/search/documents/" + id + "/chunks").then().statusCode(200);
    }

    private static double metric(String name) {
        String body = given().get("/q/metrics").then().extract().asString();
        return body.lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** A PDF with one page per text. */
    private static byte[] pdf(String... pages) throws IOException {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
