package dev.assistant.search.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A model run in-process with ONNX Runtime from the model file shipped inside its langchain4j Maven
 * artifact: no network, no model hub at run time. The model is loaded at its first use (or by
 * {@link #load()}), so a replica only holds the models that have vectors in use.
 */
public abstract class OnnxEmbedder implements Embedder {

    /** What a model is made of: its artifact (for the version) and the files inside it. */
    protected record ModelFiles(
            String artifactId,
            String modelResource,
            String tokenizerResource,
            SentenceEncoder.Pooling pooling) {}

    @Inject MeterRegistry registry;

    @ConfigProperty(name = "assistant.embedding.threads", defaultValue = "1")
    int threads;

    @ConfigProperty(name = "assistant.embedding.batch-size", defaultValue = "1")
    int batchSize;

    @ConfigProperty(name = "assistant.embedding.parallelism", defaultValue = "0")
    int parallelism;

    private volatile SentenceEncoder encoder;
    private volatile String version;

    protected abstract ModelFiles files();

    /** Put in front of a query (not of a passage); empty when the model has none. */
    protected String queryInstruction() {
        return "";
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public String version() {
        if (version == null) {
            version = id() + "/langchain4j-" + artifactVersion(files().artifactId());
        }
        return version;
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
        return timer("passages").record(() -> encoder().encode(texts));
    }

    @Override
    public float[] embedQuery(String text) {
        return timer("query")
                .record(() -> encoder().encode(List.of(queryInstruction() + text)).getFirst());
    }

    @Override
    public void load() {
        encoder();
    }

    private SentenceEncoder encoder() {
        SentenceEncoder loaded = encoder;
        if (loaded == null) {
            synchronized (this) {
                if (encoder == null) {
                    ModelFiles files = files();
                    encoder =
                            new SentenceEncoder(
                                    files.modelResource(),
                                    files.tokenizerResource(),
                                    files.pooling(),
                                    threads,
                                    batchSize,
                                    parallelism > 0
                                            ? parallelism
                                            : Runtime.getRuntime().availableProcessors());
                }
                loaded = encoder;
            }
        }
        return loaded;
    }

    private Timer timer(String kind) {
        return Timer.builder("assistant.embedding.duration")
                .description("Time to embed one call's texts (a query, or a batch of passages)")
                .tag("model", id())
                .tag("kind", kind)
                // Buckets: the suite's latency buckets (service-kit LatencyHistograms).
                .register(registry);
    }

    @PreDestroy
    void close() {
        if (encoder != null) {
            encoder.close();
        }
    }

    /** The version of the artifact on the class path, from the pom.properties Maven puts in it. */
    private static String artifactVersion(String artifactId) {
        String path = "META-INF/maven/dev.langchain4j/" + artifactId + "/pom.properties";
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
