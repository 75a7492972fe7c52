package dev.assistant.search.embedding;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * all-MiniLM-L6-v2 (int8-quantised), run in-process with ONNX Runtime from the model file shipped
 * inside its Maven artifact: no network, no model hub at run time. 384 dimensions, cosine space.
 * Loaded at start-up (about a second), so readiness means the first query is fast too.
 */
@Startup
@ApplicationScoped
public class MiniLmEmbedder implements Embedder {

    @ConfigProperty(name = "assistant.embedding.model-version")
    String modelVersion;

    @Inject MeterRegistry registry;

    private EmbeddingModel model;
    private HuggingFaceTokenCountEstimator tokenizer;
    private Timer latency;

    @PostConstruct
    void load() {
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        // langchain4j's BERT tokenizer file is byte for byte the one MiniLM's artifact ships.
        tokenizer = new HuggingFaceTokenCountEstimator();
        latency =
                Timer.builder("assistant.embedding.duration")
                        .description("Time to embed one batch of texts")
                        .tag("model", modelVersion)
                        // Buckets: the suite's latency buckets (service-kit LatencyHistograms).
                        .register(registry);
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public String modelVersion() {
        return modelVersion;
    }

    @Override
    public int countTokens(String text) {
        return tokenizer.estimateTokenCountInText(text);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return latency.record(
                () -> model.embedAll(segments).content().stream().map(e -> e.vector()).toList());
    }
}
