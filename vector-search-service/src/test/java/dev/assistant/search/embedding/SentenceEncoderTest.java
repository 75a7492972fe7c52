package dev.assistant.search.embedding;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batched encoder gives the vectors langchain4j's own models give for the same files (texts of
 * different lengths in one batch, one longer than MiniLM reads), and bge's query instruction goes
 * in front of queries only. (A Quarkus test: the tokenizer's native library loads once per class
 * loader, and the application's is the one.)
 */
@QuarkusTest
class SentenceEncoderTest {

    private static final List<String> TEXTS =
            List.of(
                    "Kafka",
                    "Our broker runs in KRaft mode, without ZooKeeper.",
                    "Aerodynamics > Boundary layers\nThe boundary layer on a flat plate thickens"
                            + " downstream; transition to turbulence depends on the Reynolds number.",
                    "word ".repeat(300).strip(),
                    "Ünïcödé text with émojis 🚀 and CJK 漢字 survives tokenisation.");

    @Inject MiniLmEmbedder miniLm;

    @Inject BgeSmallEmbedder bge;

    @Test
    void miniLmVectorsEqualLangchain4jsOneTextPerRun() {
        assertSameVectors(
                "all-minilm-l6-v2-q",
                SentenceEncoder.Pooling.MEAN,
                new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    @Test
    void bgePassageVectorsEqualLangchain4jsOneTextPerRun() {
        assertSameVectors(
                "bge-small-en-v1.5-q",
                SentenceEncoder.Pooling.CLS,
                new BgeSmallEnV15QuantizedEmbeddingModel());
    }

    /**
     * Both models are int8-quantised with dynamic quantisation: the activations' scale is taken
     * over the whole batch, so a text's vector moves a little with its batch neighbours (most for a
     * one-word text among long ones). Bounded here; docs/benchmarks.md has what it costs in search
     * quality.
     */
    @Test
    void batchedVectorsStayCloseToOneTextPerRun() {
        try (SentenceEncoder single =
                        encoder("all-minilm-l6-v2-q", SentenceEncoder.Pooling.MEAN, 1);
                SentenceEncoder batched =
                        encoder("all-minilm-l6-v2-q", SentenceEncoder.Pooling.MEAN, 2)) {
            List<float[]> alone = single.encode(TEXTS);
            List<float[]> together = batched.encode(TEXTS);
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(cosine(alone.get(i), together.get(i)))
                        .as("text %d", i)
                        .isGreaterThan(0.98);
            }
        }
    }

    @Test
    void parallelRunsGiveTheSameVectors() {
        try (SentenceEncoder sequential =
                        encoder("bge-small-en-v1.5-q", SentenceEncoder.Pooling.CLS, 1);
                SentenceEncoder parallel =
                        new SentenceEncoder(
                                "bge-small-en-v1.5-q.onnx",
                                "bge-small-en-v1.5-q-tokenizer.json",
                                SentenceEncoder.Pooling.CLS,
                                1,
                                1,
                                3)) {
            List<float[]> one = sequential.encode(TEXTS);
            List<float[]> three = parallel.encode(TEXTS);
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(three.get(i)).as("text %d", i).containsExactly(one.get(i));
            }
        }
    }

    @Test
    void bgeQueriesCarryTheInstructionPassagesDoNot() {
        String query = "which mode does the broker use";
        EmbeddingModel reference = new BgeSmallEnV15QuantizedEmbeddingModel();
        float[] asQuery = bge.embedQuery(query);
        assertThat(cosine(asQuery, vector(reference, BgeSmallEmbedder.QUERY_INSTRUCTION + query)))
                .isGreaterThan(0.9999);
        assertThat(cosine(asQuery, bge.embedPassages(List.of(query)).getFirst())).isLessThan(0.99);
        // And the instruction does what it is for: the query lands nearer the passage answering it.
        float[] answer = bge.embedPassages(List.of(TEXTS.get(1))).getFirst();
        float[] unrelated = bge.embedPassages(List.of(TEXTS.get(2))).getFirst();
        assertThat(cosine(asQuery, answer)).isGreaterThan(cosine(asQuery, unrelated));
    }

    @Test
    void miniLmEmbedsQueriesAsPassages() {
        String query = "which mode does the broker use";
        assertThat(
                        cosine(
                                miniLm.embedQuery(query),
                                miniLm.embedPassages(List.of(query)).getFirst()))
                .isGreaterThan(0.9999);
    }

    @Test
    void versionsNameTheModelAndTheArtifactBuild() {
        assertThat(miniLm.version()).isEqualTo("all-minilm-l6-v2-q/langchain4j-1.20.0-beta30");
        assertThat(bge.version()).isEqualTo("bge-small-en-v1.5-q/langchain4j-1.20.0-beta30");
        assertThat(miniLm.dimensions()).isEqualTo(bge.dimensions()).isEqualTo(384);
    }

    private static void assertSameVectors(
            String model, SentenceEncoder.Pooling pooling, EmbeddingModel reference) {
        try (SentenceEncoder encoder = encoder(model, pooling, 1)) {
            List<float[]> ours = encoder.encode(TEXTS);
            assertThat(ours).hasSize(TEXTS.size());
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(ours.get(i)).hasSize(384);
                assertThat(cosine(ours.get(i), vector(reference, TEXTS.get(i))))
                        .as("text %d", i)
                        .isGreaterThan(0.9999);
            }
        }
    }

    private static SentenceEncoder encoder(
            String model, SentenceEncoder.Pooling pooling, int batchSize) {
        return new SentenceEncoder(
                model + ".onnx", model + "-tokenizer.json", pooling, 1, batchSize, 1);
    }

    private static float[] vector(EmbeddingModel model, String text) {
        return model.embed(TextSegment.from(text)).content().vector();
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
