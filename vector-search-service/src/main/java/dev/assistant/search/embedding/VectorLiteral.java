package dev.assistant.search.embedding;

/** pgvector's text form, "[0.1,0.2,...]": sent as text and cast to vector in SQL. */
public final class VectorLiteral {

    private VectorLiteral() {}

    public static String of(float[] vector) {
        StringBuilder sb = new StringBuilder(vector.length * 12).append('[');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(vector[i]);
        }
        return sb.append(']').toString();
    }
}
