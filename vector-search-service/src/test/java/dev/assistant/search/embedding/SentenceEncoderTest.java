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
    void batchesOfAnySizeGiveTheSameVectors() {
        try (SentenceEncoder twoPerRun =
                new SentenceEncoder(
                        "all-minilm-l6-v2-q.onnx",
                        "all-minilm-l6-v2-q-tokenizer.json",
                        SentenceEncoder.Pooling.MEAN,
                        1,
                        2)) {
            List<float[]> batched = twoPerRun.encode(TEXTS);
            List<float[]> single = miniLm.embedPassages(TEXTS);
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(cosine(batched.get(i), single.get(i))).isGreaterThan(0.9999);
            }
        }
    }

    @Test
    void miniLmVectorsEqualLangchain4js() {
        assertSameVectors(miniLm.embedPassages(TEXTS), new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    @Test
    void bgePassageVectorsEqualLangchain4jsWithoutTheInstruction() {
        assertSameVectors(bge.embedPassages(TEXTS), new BgeSmallEnV15QuantizedEmbeddingModel());
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

    private static void assertSameVectors(List<float[]> ours, EmbeddingModel reference) {
        assertThat(ours).hasSize(TEXTS.size());
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] theirs = vector(reference, TEXTS.get(i));
            assertThat(ours.get(i)).hasSize(384);
            assertThat(cosine(ours.get(i), theirs)).as("text %d", i).isGreaterThan(0.9999);
        }
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
