package dev.assistant.search.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * A BERT sentence encoder on ONNX Runtime that embeds many texts per model run. langchain4j's
 * in-process models run the model once per text (and tokenize each text three times); this one
 * tokenizes a list once, sorts it by length, and runs it in batches padded to their longest text
 * (the attention mask hides the padding), so the model's matrix products work on whole batches. Its
 * vectors equal langchain4j's for the same model files (SentenceEncoderTest): same tokenizer
 * settings (the artifact's own: MiniLM's truncates at 128 word pieces, bge's at 512), same pooling
 * over the unpadded tokens, L2-normalised.
 */
final class SentenceEncoder implements AutoCloseable {

    /** How a model turns its token vectors into one: their mean (MiniLM) or the [CLS] one (bge). */
    enum Pooling {
        MEAN,
        CLS
    }

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession.SessionOptions options;
    private final OrtSession session;
    private final boolean takesTokenTypes;
    private final HuggingFaceTokenizer tokenizer;
    private final Pooling pooling;
    private final int batchSize;
    private final ExecutorService runs;

    /**
     * @param threads ONNX Runtime intra-op threads per run (0: ONNX Runtime's default, one per
     *     core)
     * @param batchSize texts per model run
     * @param parallelism model runs at once for one call with several texts
     */
    SentenceEncoder(
            String modelResource,
            String tokenizerResource,
            Pooling pooling,
            int threads,
            int batchSize,
            int parallelism) {
        this.pooling = pooling;
        this.batchSize = Math.max(1, batchSize);
        this.runs =
                parallelism <= 1
                        ? null
                        : Executors.newFixedThreadPool(
                                parallelism,
                                r -> {
                                    Thread thread = new Thread(r, "embedding-run");
                                    thread.setDaemon(true);
                                    return thread;
                                });
        try (InputStream model = resource(modelResource);
                InputStream tokenizerJson = resource(tokenizerResource)) {
            options = new OrtSession.SessionOptions();
            if (threads > 0) {
                options.setIntraOpNumThreads(threads);
            }
            // One run uses the intra-op pool; runs of concurrent callers do not stack more threads.
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(model.readAllBytes(), options);
            takesTokenTypes = session.getInputNames().contains("token_type_ids");
            tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load " + modelResource, e);
        }
    }

    /** One unit vector per text, in order. Thread-safe. */
    List<float[]> encode(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        Encoding[] encodings = tokenizer.batchEncode(texts);
        // Shortest first: each batch is padded only to the longest of similar lengths.
        int[] order =
                IntStream.range(0, encodings.length)
                        .boxed()
                        .sorted(Comparator.comparingInt(i -> encodings[i].getIds().length))
                        .mapToInt(Integer::intValue)
                        .toArray();
        float[][] vectors = new float[texts.size()][];
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            batches.add(Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize)));
        }
        if (runs == null || batches.size() == 1) {
            batches.forEach(batch -> run(encodings, batch, vectors));
        } else {
            List<Future<?>> running = new ArrayList<>(batches.size());
            batches.forEach(
                    batch -> running.add(runs.submit(() -> run(encodings, batch, vectors))));
            running.forEach(SentenceEncoder::join);
        }
        return Arrays.asList(vectors);
    }

    private static void join(Future<?> run) {
        try {
            run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException(e.getCause());
        }
    }

    private void run(Encoding[] encodings, int[] batch, float[][] vectors) {
        int rows = batch.length;
        int length = encodings[batch[rows - 1]].getIds().length;
        long[] ids = new long[rows * length];
        long[] mask = new long[rows * length];
        long[] types = new long[rows * length];
        for (int r = 0; r < rows; r++) {
            Encoding e = encodings[batch[r]];
            System.arraycopy(e.getIds(), 0, ids, r * length, e.getIds().length);
            System.arraycopy(e.getAttentionMask(), 0, mask, r * length, e.getIds().length);
            System.arraycopy(e.getTypeIds(), 0, types, r * length, e.getIds().length);
        }
        long[] shape = {rows, length};
        try (OnnxTensor idsTensor =
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor =
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor typesTensor =
                        OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idsTensor);
            inputs.put("attention_mask", maskTensor);
            if (takesTokenTypes) {
                inputs.put("token_type_ids", typesTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                int dimensions = (int) hidden.getInfo().getShape()[2];
                FloatBuffer values = hidden.getFloatBuffer();
                for (int r = 0; r < rows; r++) {
                    vectors[batch[r]] =
                            normalize(pool(values, r * length, length, dimensions, mask));
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed", e);
        }
    }

    /** The row's vector from its token vectors at [offset, offset + length) (times dimensions). */
    private float[] pool(FloatBuffer values, int offset, int length, int dimensions, long[] mask) {
        float[] vector = new float[dimensions];
        if (pooling == Pooling.CLS) {
            values.get(offset * dimensions, vector);
            return vector;
        }
        int tokens = 0;
        for (int t = 0; t < length && mask[offset + t] == 1; t++) {
            int base = (offset + t) * dimensions;
            for (int d = 0; d < dimensions; d++) {
                vector[d] += values.get(base + d);
            }
            tokens++;
        }
        for (int d = 0; d < dimensions; d++) {
            vector[d] /= tokens;
        }
        return vector;
    }

    private static float[] normalize(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float norm = (float) Math.sqrt(sum);
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= norm;
        }
        return vector;
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path");
        }
        return in;
    }

    @Override
    public void close() {
        if (runs != null) {
            runs.shutdownNow();
        }
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            // closing: nothing left to do with it
        }
        options.close();
    }
}
