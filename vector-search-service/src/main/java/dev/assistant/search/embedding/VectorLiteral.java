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

    /** The vector of a literal; null for null. */
    public static float[] parse(String literal) {
        if (literal == null) {
            return null;
        }
        String[] parts = literal.substring(1, literal.length() - 1).split(",");
        float[] vector = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            vector[i] = Float.parseFloat(parts[i]);
        }
        return vector;
    }
}
