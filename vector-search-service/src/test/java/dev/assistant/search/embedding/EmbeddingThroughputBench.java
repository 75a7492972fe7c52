package dev.assistant.search.embedding;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assistant.kit.testing.TestTokens;
import dev.assistant.search.chunking.Chunk;
import dev.assistant.search.chunking.StructuredChunker;
import dev.assistant.search.extract.BlockType;
import dev.assistant.search.extract.DocumentFormat;
import dev.assistant.search.extract.TextExtractor;
import dev.assistant.search.model.ModelSwitchService;
import dev.assistant.search.support.SearchApi;
import dev.assistant.search.support.SearchRows;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Embedding throughput on Cranfield chunks, for both models: the embedder alone (langchain4j's
 * in-process path, which the service used before, against the batched encoder with 1 and 2 ONNX
 * threads), then through the service: uploads indexed by the index worker, and a full re-embed by a
 * model switch. Not part of the test suite (the name does not end in Test); run by
 * deploy/bench/embedding, which holds the build lock. Prints one line per measurement.
 *
 * <p>It empties the test database's documents (a switch re-embeds every chunk), and leaves MiniLM
 * active, as the test configuration expects.
 */
@QuarkusTest
class EmbeddingThroughputBench {

    private static final int CHUNKS = Integer.getInteger("bench.chunks", 512);
    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 300);
    private static final WordPieceCounter WORD_PIECES = new WordPieceCounter();

    @Inject StructuredChunker chunker;

    @Inject TextExtractor extractor;

    @Inject MiniLmEmbedder miniLm;

    @Inject BgeSmallEmbedder bge;

    @Inject ModelSwitchService switches;

    @Inject Pool pool;

    @Test
    void measure() throws IOException {
        JsonNode documents =
                new ObjectMapper()
                        .readTree(
                                new File(
                                        System.getProperty(
                                                "bench.cranfield",
                                                "../../shared/fixtures/cranfield/documents.json")));
        List<String> texts = textChunks(documents);
        System.out.printf(
                Locale.ROOT,
                "BENCH machine: %d cores; %d Cranfield text chunks of %.1f word pieces on average%n",
                Runtime.getRuntime().availableProcessors(),
                texts.size(),
                texts.stream().mapToInt(WORD_PIECES::countTokens).average().orElse(0));

        embedderAlone(
                "all-minilm-l6-v2-q",
                texts,
                new AllMiniLmL6V2QuantizedEmbeddingModel(),
                "all-minilm-l6-v2-q.onnx",
                "all-minilm-l6-v2-q-tokenizer.json",
                SentenceEncoder.Pooling.MEAN);
        embedderAlone(
                "bge-small-en-v1.5-q",
                texts,
                new BgeSmallEnV15QuantizedEmbeddingModel(),
                "bge-small-en-v1.5-q.onnx",
                "bge-small-en-v1.5-q-tokenizer.json",
                SentenceEncoder.Pooling.CLS);

        throughTheService(documents);
    }

    /**
     * The embedded texts of Cranfield's text chunks (headings left out), as the service cuts them.
     */
    private List<String> textChunks(JsonNode documents) {
        List<String> texts = new ArrayList<>();
        for (JsonNode d : documents) {
            for (Chunk c :
                    chunker.chunk(
                            extractor.extract(DocumentFormat.MARKDOWN, markdown(d)).blocks())) {
                if (c.type() == BlockType.TEXT && texts.size() < CHUNKS) {
                    texts.add(c.embeddedText());
                }
            }
            if (texts.size() >= CHUNKS) {
                break;
            }
        }
        return texts;
    }

    private static byte[] markdown(JsonNode d) {
        return ("# "
                        + d.path("title").asText().strip()
                        + "\n\n"
                        + d.path("body").asText().strip()
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void embedderAlone(
            String model,
            List<String> texts,
            EmbeddingModel langchain4j,
            String onnx,
            String tokenizer,
            SentenceEncoder.Pooling pooling) {
        // Before: langchain4j's embedAll, one document's chunks per call (what indexing did), and
        // 64.
        for (int group : new int[] {4, 64}) {
            report(
                    model,
                    "langchain4j embedAll, groups of " + group,
                    texts,
                    group,
                    g ->
                            langchain4j
                                    .embedAll(g.stream().map(TextSegment::from).toList())
                                    .content());
        }
        batchEffect(model, texts, onnx, tokenizer, pooling);
        // {ONNX threads per run, texts per run, runs at once}
        for (int[] setting : new int[][] {{1, 1, 1}, {1, 1, 2}, {2, 1, 1}, {1, 32, 1}}) {
            try (SentenceEncoder encoder =
                    new SentenceEncoder(
                            onnx, tokenizer, pooling, setting[0], setting[1], setting[2])) {
                for (int group : new int[] {4, 64}) {
                    report(
                            model,
                            String.format(
                                    Locale.ROOT,
                                    "encoder: %d ONNX thread(s) per run, %d text(s) per run, %d run(s) at once, groups of %d",
                                    setting[0],
                                    setting[1],
                                    setting[2],
                                    group),
                            texts,
                            group,
                            encoder::encode);
                }
            }
        }
    }

    /**
     * What batching does to the vectors (dynamic int8 quantisation): cosine of each chunk's batched
     * vector to its one-per-run vector, and how many of the top 10 chunks of each Cranfield query
     * (exact cosine over these chunks) stay the same.
     */
    private void batchEffect(
            String model,
            List<String> texts,
            String onnx,
            String tokenizer,
            SentenceEncoder.Pooling pooling) {
        try (SentenceEncoder single = new SentenceEncoder(onnx, tokenizer, pooling, 1, 1, 2);
                SentenceEncoder batched = new SentenceEncoder(onnx, tokenizer, pooling, 1, 32, 2)) {
            List<float[]> alone = single.encode(texts);
            List<float[]> together = batched.encode(texts);
            double min = 1;
            double sum = 0;
            for (int i = 0; i < texts.size(); i++) {
                double c = dot(alone.get(i), together.get(i));
                min = Math.min(min, c);
                sum += c;
            }
            List<String> queries = new ArrayList<>();
            queries()
                    .forEach(
                            q ->
                                    queries.add(
                                            (pooling == SentenceEncoder.Pooling.CLS
                                                            ? BgeSmallEmbedder.QUERY_INSTRUCTION
                                                            : "")
                                                    + q.path("text").asText()));
            List<float[]> queryVectors = single.encode(queries);
            double overlap = 0;
            for (float[] q : queryVectors) {
                List<Integer> a = top10(q, alone);
                List<Integer> b = top10(q, together);
                overlap += a.stream().filter(b::contains).count() / 10.0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "BENCH batch effect %s: cosine batched vs one per run min %.4f mean %.5f;"
                            + " top-10 overlap over %d queries %.3f%n",
                    model,
                    min,
                    sum / texts.size(),
                    queries.size(),
                    overlap / queries.size());
        }
    }

    private static JsonNode queries() {
        try {
            return new ObjectMapper()
                    .readTree(
                            new File(
                                    new File(
                                                    System.getProperty(
                                                            "bench.cranfield",
                                                            "../../shared/fixtures/cranfield/documents.json"))
                                            .getParentFile(),
                                    "queries.json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Integer> top10(float[] query, List<float[]> vectors) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            order.add(i);
        }
        order.sort(
                (x, y) -> Double.compare(dot(query, vectors.get(y)), dot(query, vectors.get(x))));
        return order.subList(0, Math.min(10, order.size()));
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }

    private static void report(
            String model,
            String how,
            List<String> texts,
            int group,
            Function<List<String>, List<?>> embed) {
        embed.apply(texts.subList(0, Math.min(group, texts.size()))); // warm-up
        long start = System.nanoTime();
        for (int from = 0; from < texts.size(); from += group) {
            embed.apply(texts.subList(from, Math.min(texts.size(), from + group)));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "BENCH alone %s | %s: %.1f chunks/s (%d in %.2f s)%n",
                model,
                how,
                texts.size() / seconds,
                texts.size(),
                seconds);
    }

    private void throughTheService(JsonNode documents) {
        pool.query("DELETE FROM documents").execute().await().indefinitely();
        switchTo(miniLm);
        SearchApi user = SearchApi.newUser();
        SearchRows rows = new SearchRows(pool);
        for (int i = 0; i < DOCUMENTS && i < documents.size(); i++) {
            user.upload("c" + i + ".md", markdown(documents.get(i)), null);
        }
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () ->
                                rows.count(
                                                "SELECT count(*) FROM documents WHERE status = $1",
                                                "pending")
                                        == 0);
        // The worker's time: from the first upload's commit to the last document indexed.
        double seconds =
                seconds(
                        "SELECT extract(epoch FROM max(indexed_at) - min(created_at)) FROM documents");
        long chunks = rows.count("SELECT count(*) FROM chunks WHERE owner_id <> $1", "");
        System.out.printf(
                Locale.ROOT,
                "BENCH service index worker (MiniLM active): %d documents, %d chunks in %.1f s = %.1f chunks/s%n",
                rows.count("SELECT count(*) FROM documents WHERE owner_id <> $1", ""),
                chunks,
                seconds,
                chunks / seconds);
        for (Embedder target : List.of(bge, miniLm)) {
            switches.target(target).await().indefinitely();
            awaitActive(target);
            // The switch's own record: from building to active.
            double switchSeconds =
                    seconds(
                            "SELECT extract(epoch FROM activated_at - started_at) FROM embedding_models"
                                    + " WHERE model = '"
                                    + target.version()
                                    + "'");
            System.out.printf(
                    Locale.ROOT,
                    "BENCH service re-embed to %s: %d chunks in %.1f s = %.1f chunks/s%n",
                    target.id(),
                    chunks,
                    switchSeconds,
                    chunks / switchSeconds);
            switchTo(target);
        }
    }

    private double seconds(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getDouble(0);
    }

    private void switchTo(Embedder embedder) {
        switches.target(embedder).await().indefinitely();
        awaitActive(embedder);
        SearchRows rows = new SearchRows(pool);
        await().atMost(Duration.ofMinutes(5))
                .until(
                        () ->
                                rows.count(
                                                "SELECT count(*) FROM embedding_models WHERE state = 'retiring' AND model <> $1",
                                                "")
                                        == 0);
    }

    private static void awaitActive(Embedder embedder) {
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () ->
                                embedder.version()
                                        .equals(
                                                given().header(
                                                                "Authorization",
                                                                TestTokens.adminBearer("bench"))
                                                        .get("/api/search/admin/embedding")
                                                        .then()
                                                        .statusCode(200)
                                                        .extract()
                                                        .path("activeModel")));
    }
}
